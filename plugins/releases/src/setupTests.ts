import '@testing-library/jest-dom';

// Rendering a page of Material UI in jsdom takes a few seconds on a busy machine (CI shares two
// cores with the backend's database tests), more than Jest's default of five.
jest.setTimeout(20_000);
