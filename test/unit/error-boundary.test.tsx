// A render error shows a message and a way back, not a blank window; the document is untouched.
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from '../../renderer/safety/ErrorBoundary';
import { errorText, reportError } from '../../renderer/safety/uncaught-errors';
import { useZuoci } from '../../renderer/store/store';

describe('ErrorBoundary', () => {
  it('passes its children through until something below throws', () => {
    const boundary = new ErrorBoundary({ children: 'the app' });
    expect(boundary.render()).toBe('the app');
  });

  it('after a render error shows the message and a button that tries again', () => {
    const boundary = new ErrorBoundary({ children: 'the app' });
    boundary.state = ErrorBoundary.getDerivedStateFromError(new TypeError("Cannot read properties of undefined (reading 'seats')"));
    const shown = boundary.render() as ReactElement<{ children: ReactNode }>;
    expect(isValidElement(shown)).toBe(true);
    const html = renderToStaticMarkup(shown);
    expect(html).toContain('界面出错了');
    expect(html).toContain('Cannot read properties of undefined');
    expect(html).toContain('<button');
  });
});

describe('uncaught errors', () => {
  it('become an error notice with the error’s own words', () => {
    useZuoci.setState({ notices: [] });
    reportError(new Error('磁盘已满'));
    reportError({ code: 42 });
    expect(useZuoci.getState().notices.map((n) => [n.kind, n.text])).toEqual([
      ['error', '操作失败：磁盘已满'],
      ['error', '操作失败：{"code":42}'],
    ]);
    expect(errorText(new Error(''))).toBe('Error');
  });
});
