import { parseEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import IconButton from '@material-ui/core/IconButton';
import InputAdornment from '@material-ui/core/InputAdornment';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import ListItemText from '@material-ui/core/ListItemText';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import EventIcon from '@material-ui/icons/Event';
import FileCopyIcon from '@material-ui/icons/FileCopy';
import Alert from '@material-ui/lab/Alert';
import { useRef, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releasesApiRef, serverErrorOf, type CalendarFeed } from '../../../api';

function shortRef(ref: string, defaultKind: string): string {
  try {
    return humanizeEntityRef(parseEntityRef(ref), { defaultKind });
  } catch {
    return ref;
  }
}

/** "Team checkout-team · component checkout-service", or "All releases you can see". */
export function describeFilters(filters: {
  owner?: string;
  entityRef?: string;
}): string {
  const parts: string[] = [];
  if (filters.owner) parts.push(`Team ${shortRef(filters.owner, 'group')}`);
  if (filters.entityRef) {
    try {
      const ref = parseEntityRef(filters.entityRef);
      parts.push(`${ref.kind.toLocaleLowerCase('en-US')} ${ref.name}`);
    } catch {
      // A ref typed into the URL by hand; the backend will say what is wrong with it.
      parts.push(filters.entityRef);
    }
  }
  return parts.length ? parts.join(' · ') : 'All releases you can see';
}

function describeFeed(feed: CalendarFeed): string {
  return `${describeFilters(feed)} · ${
    feed.includeFreezes ? 'with' : 'without'
  } freeze windows`;
}

export interface SubscribeButtonProps {
  /** The calendar's team filter; the feed gets the same. */
  owner?: string;
  /** The calendar's system or component filter; the feed gets the same. */
  entityRef?: string;
}

function FeedUrl(props: { url: string }) {
  const { url } = props;
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // Clipboard access needs a secure context and permission; selecting lets Ctrl+C do it.
      inputRef.current?.select();
      setCopied('failed');
    }
  };
  return (
    <>
      <TextField
        id="calendar-feed-url"
        label="Your secret feed URL"
        value={url}
        fullWidth
        variant="outlined"
        margin="dense"
        inputRef={inputRef}
        InputProps={{
          readOnly: true,
          endAdornment: (
            <InputAdornment position="end">
              <IconButton aria-label="Copy feed URL" onClick={copy} edge="end">
                <FileCopyIcon />
              </IconButton>
            </InputAdornment>
          ),
        }}
        onFocus={event => event.target.select()}
      />
      <Typography variant="body2" role="status">
        {copied === 'yes' && 'Copied to the clipboard.'}
        {copied === 'failed' &&
          'Could not reach the clipboard; the URL is selected, copy it with Ctrl+C.'}
      </Typography>
      <Alert severity="warning">
        Anyone with this URL can read these releases. It is shown only now;
        revoke the feed below if it leaks.
      </Alert>
      <Box mt={2}>
        <Typography variant="subtitle2" component="h3">
          Add it to your calendar
        </Typography>
      </Box>
      <Typography variant="body2" component="div">
        <ul>
          <li>
            <strong>Google Calendar</strong>: next to “Other calendars” choose
            “+”, then “From URL”, paste the URL and choose “Add calendar”.
          </li>
          <li>
            <strong>Outlook</strong>: choose “Add calendar”, then “Subscribe
            from web”, paste the URL, name it and choose “Import”.
          </li>
        </ul>
        Calendar apps refresh subscribed calendars on their own schedule, from a
        few minutes to several hours.
      </Typography>
    </>
  );
}

function FeedList(props: {
  feeds?: CalendarFeed[];
  loading: boolean;
  error?: Error;
  onRevoke: (feed: CalendarFeed) => void;
  revoking?: string;
}) {
  const { feeds, loading, error, onRevoke, revoking } = props;
  if (error) {
    return (
      <Alert severity="error">
        Could not load your feeds: {serverErrorOf(error).message}
      </Alert>
    );
  }
  if (loading && !feeds) return <CircularProgress size={24} />;
  if (!feeds || feeds.length === 0) {
    return <Typography variant="body2">You have no calendar feeds.</Typography>;
  }
  return (
    <List dense aria-label="Your calendar feeds">
      {feeds.map(feed => (
        <ListItem key={feed.id}>
          <ListItemText primary={describeFeed(feed)} />
          <ListItemSecondaryAction>
            <Button
              size="small"
              color="secondary"
              disabled={revoking === feed.id}
              aria-label={`Revoke the feed ${describeFeed(feed)}`}
              onClick={() => onRevoke(feed)}
            >
              Revoke
            </Button>
          </ListItemSecondaryAction>
        </ListItem>
      ))}
    </List>
  );
}

/** Whether the feed carries freeze windows, and the button that creates it. */
function CreateFeedControls(props: {
  includeFreezes: boolean;
  onIncludeFreezesChange: (include: boolean) => void;
  onCreate: () => void;
  creating: boolean;
}) {
  const { includeFreezes, onIncludeFreezesChange, onCreate, creating } = props;
  return (
    <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={8}>
      <FormControlLabel
        control={
          <Checkbox
            checked={includeFreezes}
            onChange={event => onIncludeFreezesChange(event.target.checked)}
            color="primary"
          />
        }
        label="Include freeze windows"
      />
      <Button
        variant="contained"
        color="primary"
        onClick={onCreate}
        disabled={creating}
      >
        Create feed URL
      </Button>
    </Box>
  );
}

/**
 * "Subscribe": creates a personal, secret iCalendar feed for the calendar's current filters, shows
 * its URL once with how to add it to Google Calendar or Outlook, and lists the viewer's feeds so a
 * leaked one can be revoked.
 */
export function SubscribeButton(props: SubscribeButtonProps) {
  const { owner, entityRef } = props;
  const api = useApi(releasesApiRef);
  const [open, setOpen] = useState(false);
  const [includeFreezes, setIncludeFreezes] = useState(true);
  const [created, setCreated] = useState<{ id: string; url: string }>();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<string>();
  const [actionError, setActionError] = useState<string>();

  const feeds = useAsyncRetry(
    async () => (open ? api.listFeeds() : undefined),
    [api, open],
  );

  const close = () => {
    setOpen(false);
    setCreated(undefined);
    setActionError(undefined);
  };

  const create = async () => {
    setCreating(true);
    setActionError(undefined);
    try {
      setCreated(
        await api.createFeed({
          ...(owner ? { owner } : {}),
          ...(entityRef ? { entityRef } : {}),
          includeFreezes,
        }),
      );
      feeds.retry();
    } catch (e) {
      setActionError(`Could not create the feed: ${serverErrorOf(e).message}`);
    } finally {
      setCreating(false);
    }
  };

  const revoke = async (feed: CalendarFeed) => {
    setRevoking(feed.id);
    setActionError(undefined);
    try {
      await api.revokeFeed(feed.id);
      if (created?.id === feed.id) setCreated(undefined);
      feeds.retry();
    } catch (e) {
      setActionError(`Could not revoke the feed: ${serverErrorOf(e).message}`);
    } finally {
      setRevoking(undefined);
    }
  };

  return (
    <>
      <Button
        variant="outlined"
        color="primary"
        startIcon={<EventIcon />}
        onClick={() => setOpen(true)}
      >
        Subscribe
      </Button>
      <Dialog
        open={open}
        onClose={close}
        fullWidth
        maxWidth="sm"
        aria-labelledby="subscribe-dialog-title"
      >
        <DialogTitle id="subscribe-dialog-title">
          Subscribe in your calendar app
        </DialogTitle>
        <DialogContent>
          <Typography variant="body2" paragraph>
            A personal feed keeps Google Calendar, Outlook or any iCalendar app
            up to date with these releases: {describeFilters(props)}.
          </Typography>
          {actionError && (
            <Box mb={1}>
              <Alert severity="error">{actionError}</Alert>
            </Box>
          )}
          {created ? (
            <FeedUrl url={created.url} />
          ) : (
            <CreateFeedControls
              includeFreezes={includeFreezes}
              onIncludeFreezesChange={setIncludeFreezes}
              onCreate={create}
              creating={creating}
            />
          )}
          <Box mt={3}>
            <Typography variant="subtitle2" component="h3">
              Your feeds
            </Typography>
            <FeedList
              feeds={feeds.value}
              loading={feeds.loading}
              error={feeds.error}
              onRevoke={revoke}
              revoking={revoking}
            />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
