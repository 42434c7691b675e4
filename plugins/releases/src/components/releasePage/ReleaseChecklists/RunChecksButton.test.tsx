import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApis } from '../../../__testUtils__/render';
import { RunChecksButton } from './RunChecksButton';

describe('RunChecksButton', () => {
  it('is busy while the checks run, and can be used again after', async () => {
    let finish: () => void = () => {};
    const onRun = jest.fn(
      () => new Promise<void>(resolve => (finish = resolve)),
    );
    await renderWithApis(<RunChecksButton onRun={onRun} />);
    await userEvent.click(
      screen.getByRole('button', { name: 'Re-run checks' }),
    );
    expect(
      screen.getByRole('button', { name: 'Running checks…' }),
    ).toBeDisabled();
    finish();
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Re-run checks' }),
      ).toBeEnabled(),
    );
    expect(onRun).toHaveBeenCalledTimes(1);
  });

  it('says so when the run fails', async () => {
    const { alertApi } = await renderWithApis(
      <RunChecksButton
        onRun={() => Promise.reject(new Error('Provider timed out'))}
      />,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Re-run checks' }),
    );
    await waitFor(() =>
      expect(alertApi.getAlerts()).toEqual([
        expect.objectContaining({
          message: 'Could not re-run the checks: Provider timed out',
          severity: 'error',
        }),
      ]),
    );
  });
});
