import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type {
  ComponentInsight,
  ReleaseInsights,
} from '@releasekit/plugin-releases-common';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../../api';
import { buildReleaseDependencyGraph } from './buildReleaseDependencyGraph';
import { InsightAlerts } from './InsightAlerts';
import { ReleaseDependencyGraph } from './ReleaseDependencyGraph';

export interface InsightsPanelProps {
  releaseId: string;
  /** Changes when what the insights depend on changed (scope, window, status), so they reload. */
  refreshKey?: string;
}

function Heading(props: { children: React.ReactNode }) {
  return (
    <Typography variant="subtitle2" component="h3" gutterBottom>
      {props.children}
    </Typography>
  );
}

/** Dependents outside the release, whose owners should hear about it. */
function dependentsToTell(components: ComponentInsight[]) {
  return components.flatMap(component =>
    component.dependents
      .filter(d => !d.inRelease)
      .map(d => ({ ...d, of: component.entityRef })),
  );
}

function Insights(props: { insights: ReleaseInsights }) {
  const { insights } = props;
  const toTell = dependentsToTell(insights.components);
  const graph = buildReleaseDependencyGraph(insights);
  return (
    // Named, so that a test or a screen reader finds the insights as one region.
    <section aria-label="Release insights">
      {insights.degraded && (
        <Alert severity="info">
          The software catalog could not be read, so dependencies, the order and
          warnings are unavailable; conflicts come from the releases alone.
        </Alert>
      )}
      <InsightAlerts insights={insights} />
      {!insights.degraded && graph.edges.length > 0 && (
        <Box mt={2}>
          <Heading>Dependency graph</Heading>
          <Typography variant="body2" color="textSecondary" gutterBottom>
            Highlighted boxes are this release's components, muted ones their
            neighbours outside it; arrows run from a dependent to what it
            depends on, labelled with the API when the link is one, and a dashed
            red border marks a dependency cycle.
          </Typography>
          <ReleaseDependencyGraph nodes={graph.nodes} edges={graph.edges} />
        </Box>
      )}
      {insights.suggestedOrder.length > 1 && (
        <Box mt={2}>
          <Heading>Suggested order</Heading>
          <List
            dense
            disablePadding
            component="ol"
            aria-label="Suggested order"
          >
            {insights.suggestedOrder.map((ref, index) => (
              <ListItem key={ref} disableGutters>
                <ListItemText
                  primary={
                    <>
                      {index + 1}.{' '}
                      <EntityRefLink entityRef={ref} defaultKind="component" />
                    </>
                  }
                />
              </ListItem>
            ))}
          </List>
        </Box>
      )}
      <Box mt={2}>
        <Heading>Who must be told</Heading>
        {toTell.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            Nothing outside the release depends on its components.
          </Typography>
        ) : (
          <List
            dense
            disablePadding
            aria-label="Dependents outside the release"
          >
            {toTell.map(dependent => (
              <ListItem
                key={`${dependent.of}-${dependent.entityRef}`}
                disableGutters
              >
                <ListItemText
                  primaryTypographyProps={{ component: 'div' }}
                  secondaryTypographyProps={{ component: 'div' }}
                  primary={
                    <>
                      <EntityRefLink entityRef={dependent.entityRef} /> depends
                      on <EntityRefLink entityRef={dependent.of} />
                      {dependent.via !== 'dependsOn' && (
                        <>
                          {' '}
                          through{' '}
                          <EntityRefLink
                            entityRef={dependent.via}
                            defaultKind="api"
                          />
                        </>
                      )}
                    </>
                  }
                  secondary={
                    dependent.owner ? (
                      <>
                        Owner: <EntityRefLink entityRef={dependent.owner} />
                      </>
                    ) : (
                      'No owner in the catalog'
                    )
                  }
                />
              </ListItem>
            ))}
          </List>
        )}
      </Box>
    </section>
  );
}

/** What the catalog says about the release: dependency graph, order, dependents to tell, warnings and conflicts. */
export function InsightsPanel(props: InsightsPanelProps) {
  const { releaseId, refreshKey } = props;
  const api = useApi(releasesApiRef);
  const { value, loading, error } = useAsync(
    () => api.getInsights(releaseId),
    [api, releaseId, refreshKey],
  );
  if (loading && !value) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value) return null;
  return <Insights insights={value} />;
}
