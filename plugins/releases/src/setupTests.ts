import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Rendering a page of Material UI in jsdom takes a few seconds on a busy machine (CI shares two
// cores with the backend's database tests), more than Jest's default of five; a release page test
// took over 20 s with a third process on the cores (load average 4.6). The timeout only catches a
// test that hangs; how fast the pages render is measured by bench:render, not here.
jest.setTimeout(60_000);

// For the same reason, a dialog's closing transition and the request before it can take longer
// than waitFor's and findBy's default second (seen in CI: EvidenceLinkDialog waiting for its dialog
// to close). A wait that succeeds never waits longer for this.
configure({ asyncUtilTimeout: 5_000 });
