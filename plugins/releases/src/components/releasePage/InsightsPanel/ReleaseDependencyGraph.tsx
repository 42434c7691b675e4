import {
  DependencyGraph,
  DependencyGraphTypes,
  Link,
} from '@backstage/core-components';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { makeStyles } from '@material-ui/core/styles';
import { useLayoutEffect, useRef, useState } from 'react';
import type {
  ReleaseGraphEdge,
  ReleaseGraphNode,
} from './buildReleaseDependencyGraph';

const PADDING = 8;
const NAME_LINE = 18;
const OWNER_LINE = 16;

const useStyles = makeStyles(
  theme => ({
    link: {
      cursor: 'pointer',
      outline: 'none',
      '&:focus-visible $box': {
        stroke: theme.palette.text.primary,
        strokeWidth: 3,
        strokeDasharray: 'none',
      },
    },
    box: {
      strokeWidth: 1,
    },
    inRelease: {
      fill: theme.palette.primary.main,
      stroke: theme.palette.primary.dark,
    },
    outside: {
      fill: theme.palette.background.default,
      stroke: theme.palette.divider,
    },
    inCycle: {
      stroke: theme.palette.error.main,
      strokeWidth: 3,
      // Dashed as well as red, so the marking does not rest on colour alone.
      strokeDasharray: '6 3',
    },
    name: {
      fontSize: 14,
    },
    nameInRelease: {
      fill: theme.palette.primary.contrastText,
      fontWeight: theme.typography.fontWeightBold as number,
    },
    nameOutside: {
      fill: theme.palette.text.secondary,
    },
    detail: {
      fontSize: 12,
    },
    detailInRelease: {
      fill: theme.palette.primary.contrastText,
    },
    detailOutside: {
      fill: theme.palette.text.secondary,
    },
    cycleNote: {
      fontSize: 12,
      fontWeight: theme.typography.fontWeightBold as number,
    },
  }),
  { name: 'ReleasesDependencyGraph' },
);

/**
 * What a screen reader says for a node, and what a pointer shows on hover. It starts with the text
 * the box shows (name, owner, "in a cycle"), so that speech users can name it as they see it
 * (WCAG 2.5.3, axe: label-content-name-mismatch).
 */
export function describeGraphNode(node: ReleaseGraphNode) {
  return [
    [
      node.name,
      node.owner ?? 'no owner',
      ...(node.inCycle ? ['in a cycle'] : []),
    ].join(' '),
    node.inRelease ? 'in this release' : 'outside this release',
  ].join(', ');
}

/**
 * A node drawn as a link to the entity's page. An SVG `<a>` with an href is in the tab order, so
 * keyboard users reach every entity of the graph; the lists below it say the same in prose.
 */
function GraphNode(props: { node: ReleaseGraphNode }) {
  const { node } = props;
  const classes = useStyles();
  const entityLink = useEntityRefLink();
  const textRef = useRef<SVGGElement | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });

  // The box is sized to the text, which only the browser can measure.
  useLayoutEffect(() => {
    if (!textRef.current) return;
    const box = textRef.current.getBBox();
    const width = Math.round(box.width);
    const height = Math.round(box.height);
    if (width !== size.width || height !== size.height) {
      setSize({ width, height });
    }
  }, [size]);

  const width = size.width + PADDING * 2;
  const height = size.height + PADDING * 2;
  const centre = width / 2;
  const nameClass = node.inRelease
    ? classes.nameInRelease
    : classes.nameOutside;
  const detailClass = node.inRelease
    ? classes.detailInRelease
    : classes.detailOutside;
  const boxClass = [
    classes.box,
    node.inRelease ? classes.inRelease : classes.outside,
    node.inCycle ? classes.inCycle : '',
  ].join(' ');

  return (
    <Link
      to={entityLink(node.id)}
      aria-label={describeGraphNode(node)}
      // SVG links are in the tab order in Chrome and Firefox; Safari wants it said.
      tabIndex={0}
      className={classes.link}
      underline="none"
    >
      <title>{describeGraphNode(node)}</title>
      <rect className={boxClass} width={width} height={height} rx={6} />
      <g ref={textRef}>
        <text
          className={`${classes.name} ${nameClass}`}
          x={centre}
          y={PADDING}
          textAnchor="middle"
          dominantBaseline="hanging"
        >
          {/* The trailing space keeps the words apart in the link's text, which names it. */}
          {`${node.name} `}
        </text>
        <text
          className={`${classes.detail} ${detailClass}`}
          x={centre}
          y={PADDING + NAME_LINE}
          textAnchor="middle"
          dominantBaseline="hanging"
        >
          {`${node.owner ?? 'no owner'} `}
        </text>
        {node.inCycle && (
          <text
            className={`${classes.cycleNote} ${detailClass}`}
            x={centre}
            y={PADDING + NAME_LINE + OWNER_LINE}
            textAnchor="middle"
            dominantBaseline="hanging"
          >
            in a cycle
          </text>
        )}
      </g>
    </Link>
  );
}

// The graph calls this as a function; rendering GraphNode as an element gives its hooks their own component.
const renderNode = (
  props: DependencyGraphTypes.RenderNodeProps<ReleaseGraphNode>,
) => <GraphNode node={props.node} />;

export interface ReleaseDependencyGraphProps {
  nodes: ReleaseGraphNode[];
  edges: ReleaseGraphEdge[];
}

/**
 * The release's components and their direct neighbours in the catalog, each arrow running from a
 * dependent to what it depends on. Laid out right to left so that, read left to right, dependencies
 * come first, as in the suggested order.
 */
export function ReleaseDependencyGraph(props: ReleaseDependencyGraphProps) {
  const { nodes, edges } = props;
  return (
    <DependencyGraph<ReleaseGraphNode, ReleaseGraphEdge>
      nodes={nodes}
      edges={edges}
      direction={DependencyGraphTypes.Direction.RIGHT_LEFT}
      renderNode={renderNode}
      showArrowHeads
      nodeMargin={24}
      rankMargin={64}
      paddingX={8}
      paddingY={8}
      // Zooming on the wheel would hijack the page's scrolling.
      zoom="enable-on-click"
      role="group"
      aria-label="Dependency graph"
    />
  );
}
