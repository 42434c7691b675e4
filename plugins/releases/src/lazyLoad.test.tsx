import { renderInTestApp } from '@backstage/test-utils';
import { render, screen } from '@testing-library/react';
import { elementLoader, lazyComponent } from './lazyLoad';

function Greeting(props: { name: string }) {
  return <p>Hello {props.name}</p>;
}

describe('lazyComponent', () => {
  it('shows progress until the code has loaded, then the component with its props', async () => {
    let finishLoading: () => void = () => {};
    const loaded = new Promise<void>(resolve => {
      finishLoading = resolve;
    });
    const load = jest.fn(async () => {
      await loaded;
      return Greeting;
    });
    const LazyGreeting = lazyComponent(load);
    // Nothing loads before the first render.
    expect(load).not.toHaveBeenCalled();

    await renderInTestApp(<LazyGreeting name="Jane" />);
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    finishLoading();
    expect(await screen.findByText('Hello Jane')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('elementLoader', () => {
  it('turns a loader of a component into a loader of its element', async () => {
    const load = elementLoader(async () => () => <p>The Releases page</p>);
    render(await load());
    expect(screen.getByText('The Releases page')).toBeInTheDocument();
  });
});
