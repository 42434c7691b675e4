import {
  createExtensionTester,
  renderInTestApp as renderInNewTestApp,
} from '@backstage/frontend-test-utils';
import { SearchResultListItemExtensions } from '@backstage/plugin-search-react';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { catalogResult, releaseResult } from './__testUtils__/searchFixtures';
import releasesPlugin from './alpha';
import { ReleaseSearchResultListItem } from './plugin';

describe('release results in search (legacy frontend system)', () => {
  it('renders release results with the release item and leaves other results to theirs', async () => {
    await renderInTestApp(
      <SearchResultListItemExtensions results={[releaseResult, catalogResult]}>
        <ReleaseSearchResultListItem />
      </SearchResultListItemExtensions>,
    );
    expect(
      await screen.findByRole('link', { name: 'Checkout 2.4.0' }),
    ).toHaveAttribute('href', '/releases/rel-1');
    expect(screen.getByText('Planned')).toBeInTheDocument();
    expect(screen.getByText('basket').tagName).toBe('MARK');
    // The catalog result in search's default item: no status, its own link.
    expect(screen.getByRole('link', { name: /cart-service/ })).toHaveAttribute(
      'href',
      '/catalog/default/component/cart-service',
    );
    expect(screen.getAllByText('Planned')).toHaveLength(1);
  });
});

describe('release results in search (new frontend system)', () => {
  it('adds a result list item for results of type release to the search page', async () => {
    const extension = releasesPlugin.getExtension(
      'search-result-list-item:releases',
    );
    const tester = createExtensionTester(extension);
    const item = tester.get(SearchResultListItemBlueprint.dataRefs.item);
    expect(item.predicate?.(releaseResult)).toBe(true);
    expect(item.predicate?.(catalogResult)).toBe(false);

    const Item = item.component;
    renderInNewTestApp(
      <Item
        result={releaseResult.document}
        highlight={releaseResult.highlight}
        rank={1}
      />,
    );
    expect(
      await screen.findByRole('link', { name: 'Checkout 2.4.0' }),
    ).toHaveAttribute('href', '/releases/rel-1');
    expect(screen.getByText('Planned')).toBeInTheDocument();
  });

  it('offers Releases among the search page’s result types', () => {
    const tester = createExtensionTester(
      releasesPlugin.getExtension('search-filter-result-type:releases'),
    );
    expect(
      tester.get(SearchFilterResultTypeBlueprint.dataRefs.resultType),
    ).toMatchObject({ value: 'release', name: 'Releases' });
  });
});
