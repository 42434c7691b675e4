import { Progress } from '@backstage/core-components';
import { lazy, Suspense, type ComponentType } from 'react';

/**
 * How the plugin loads code on first use, in one shape: a loader is a dynamic import that
 * resolves to the component, `() => import('./Page').then(m => m.Page)`. The legacy plugin takes
 * loaders as they are; the helpers below adapt them for the new frontend system's blueprints and
 * for the plugin's own routes and heavy views.
 */
export type ComponentLoader<Props> = () => Promise<ComponentType<Props>>;

/** For blueprints of the new frontend system, whose loaders resolve to the element to show. */
export function elementLoader(load: ComponentLoader<{}>) {
  return async () => {
    const Component = await load();
    return <Component />;
  };
}

/**
 * A component whose code loads when it first renders, with progress shown meanwhile. Call it once,
 * at module level, so that React keeps the loaded component between renders.
 */
export function lazyComponent<Props extends object>(
  load: ComponentLoader<Props>,
): ComponentType<Props> {
  // React's types cannot relate a generic Props to the lazy component's props without refs.
  const Loaded = lazy(async () => ({
    default: await load(),
  })) as unknown as ComponentType<Props>;
  return function LazyComponent(props: Props) {
    return (
      <Suspense fallback={<Progress />}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}
