/**
 * Every request of the web app goes through here: JSON in and out, the reader's language in
 * `Accept-Language`, the session cookies (sent by the browser), and one transparent retry after
 * refreshing an expired access token. Errors come back as `ApiError` with the API's code and
 * field details, or code `network.error` when the server could not be reached.
 */
import type { ErrorDetail } from '@kyoso/contracts/errors';
import { currentLanguageTag } from './i18n';

/** The API's documentation (OpenAPI, Swagger UI), linked from the footer. */
export const API_DOCS_URL = '/api/docs';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }

  /** Field errors by path (`organization.name`), for forms. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries(this.details.map((d) => [d.path, d.message]));
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

let refreshing: Promise<boolean> | null = null;

/** Renews the access token once for all requests that found it expired at the same time. */
function refreshSession(): Promise<boolean> {
  refreshing ??= fetch('/api/auth/refresh', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Accept-Language': currentLanguageTag() },
  })
    .then((res) => res.ok)
    .catch(() => false)
    .finally(() => {
      setTimeout(() => {
        refreshing = null;
      }, 0);
    });
  return refreshing;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguageTag(),
    ...options.headers,
  };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, 'network.error', 'Network error');
  }
}

async function toError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as {
      error?: { code?: string; message?: string; details?: ErrorDetail[] };
    };
    if (body.error?.code) {
      return new ApiError(
        res.status,
        body.error.code,
        body.error.message ?? '',
        body.error.details ?? [],
      );
    }
  } catch {
    // Not JSON (a proxy's error page): fall through.
  }
  return new ApiError(
    res.status,
    res.status >= 500 ? 'internal.error' : 'request.failed',
    res.statusText,
  );
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let res = await send(path, options);
  if (
    res.status === 401 &&
    !path.startsWith('/api/auth/refresh') &&
    !path.startsWith('/api/auth/login')
  ) {
    if (await refreshSession()) {
      res = await send(path, options);
    }
  }
  if (!res.ok) {
    throw await toError(res);
  }
  if (res.status === 204) {
    return undefined as T;
  }
  return (await res.json()) as T;
}

/** `?a=1&b=x` from the defined, non-empty values of a query (or '' when there are none). */
export function toSearch(
  query: Record<string, string | number | boolean | null | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
