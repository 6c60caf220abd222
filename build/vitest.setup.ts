// Adds DOM matchers (toBeInTheDocument, ...) for component tests; harmless in Node tests.
import '@testing-library/jest-dom/vitest';
