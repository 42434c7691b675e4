import { ResponseError } from '@backstage/errors';
import { act, renderHook } from '@testing-library/react';
import { useFormSubmission } from './useFormSubmission';

/** A refusal as the client throws it: a ResponseError read from the server's error body. */
function refusal(status: number, name: string, message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        response: { statusCode: status },
      }),
      { status, headers: { 'Content-Type': 'application/json' } },
    ),
  );
}

/** A send that stays in flight until the test settles it. */
function deferred() {
  let settle: { resolve: () => void; reject: (error: unknown) => void } = {
    resolve: () => {},
    reject: () => {},
  };
  const promise = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}

const FIELDS = ['title', 'windowEnd'] as const;

describe('useFormSubmission sending', () => {
  it('sends once while a submit is in flight, and stays busy after a success', async () => {
    const { result } = renderHook(() => useFormSubmission(FIELDS));
    const pending = deferred();
    const send = jest.fn(() => pending.promise);

    let first: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.submit(send);
      // A double click, or Enter in a field, in the same tick.
      result.current.submit(send);
    });
    expect(send).toHaveBeenCalledTimes(1);
    expect(result.current.submitting).toBe(true);

    await act(async () => {
      pending.resolve();
      await first;
    });
    // The form's dialog closes on success; until then nothing can be sent again.
    expect(result.current.submitting).toBe(true);
    expect(result.current.refusal).toBeUndefined();
  });

  it('sends nothing when the form’s own check fails, and shows what it found', async () => {
    const { result } = renderHook(() => useFormSubmission(FIELDS));
    const send = jest.fn(async () => {});
    await act(() =>
      result.current.submit(send, () => {
        result.current.setFieldErrors({ title: 'A title is required' });
        return false;
      }),
    );
    expect(send).not.toHaveBeenCalled();
    expect(result.current.submitting).toBe(false);
    expect(result.current.fieldErrors).toEqual({
      title: 'A title is required',
    });

    act(() => result.current.clearFieldError('title'));
    expect(result.current.fieldErrors.title).toBeUndefined();
  });

  it('holds the reloading flag while a reload is in flight', async () => {
    const { result } = renderHook(() => useFormSubmission());
    const pending = deferred();
    let reloaded: Promise<void> = Promise.resolve();
    act(() => {
      reloaded = result.current.reload(() => pending.promise);
    });
    expect(result.current.reloading).toBe(true);
    await act(async () => {
      pending.resolve();
      await reloaded;
    });
    expect(result.current.reloading).toBe(false);
  });
});

describe('useFormSubmission refusals and conflicts', () => {
  it('shows an input error at the field it names, and one naming no field of the form as the refusal', async () => {
    const { result } = renderHook(() => useFormSubmission(FIELDS));
    const atField = await refusal(
      400,
      'InputError',
      'windowEnd: must be after windowStart',
    );
    await act(() =>
      result.current.submit(async () => {
        throw atField;
      }),
    );
    expect(result.current.fieldErrors).toEqual({
      windowEnd: 'must be after windowStart',
    });
    expect(result.current.refusal).toBeUndefined();
    expect(result.current.submitting).toBe(false);

    const elsewhere = await refusal(
      400,
      'InputError',
      'templateId: no template named hotfix',
    );
    await act(() =>
      result.current.submit(async () => {
        throw elsewhere;
      }),
    );
    // The earlier field error went with the new submit.
    expect(result.current.fieldErrors).toEqual({});
    expect(result.current.refusal).toEqual({
      name: 'InputError',
      message: 'templateId: no template named hotfix',
      statusCode: 400,
    });
    expect(result.current.conflict).toBe(false);
  });

  it('marks a 409 as a conflict until a reload goes through; a failed reload keeps it and says why', async () => {
    const { result } = renderHook(() => useFormSubmission(FIELDS));
    const stale = await refusal(
      409,
      'ConflictError',
      'Release rel-1 was changed by someone else',
    );
    await act(() =>
      result.current.submit(async () => {
        throw stale;
      }),
    );
    expect(result.current.conflict).toBe(true);
    expect(result.current.refusal?.message).toBe(
      'Release rel-1 was changed by someone else',
    );

    const unreachable = await refusal(503, 'ServiceUnavailableError', 'Down');
    await act(() =>
      result.current.reload(async () => {
        throw unreachable;
      }),
    );
    expect(result.current.conflict).toBe(true);
    expect(result.current.refusal?.message).toBe('Down');
    expect(result.current.reloading).toBe(false);

    const load = jest.fn(async () => {});
    await act(() => result.current.reload(load));
    expect(load).toHaveBeenCalledTimes(1);
    expect(result.current.conflict).toBe(false);
    expect(result.current.refusal).toBeUndefined();
  });
});
