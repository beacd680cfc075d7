/**
 * How the explorer calls the API: every request is a typed operation generated from schema/operations/
 * (web/src/generated/operations.ts), POSTed as JSON to /graphql on the same server. A front-end team can
 * copy this file as it is.
 */
import type { TypedDocumentString } from '../generated/operations';

/** A failed request, with the API's error code (BAD_USER_INPUT, FORBIDDEN, ...) or NETWORK / HTTP_<status>. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLAnswer<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface RequestOptions {
  /** Editor key for mutations (sent as `Authorization: Bearer <key>`). */
  editorKey?: string;
  signal?: AbortSignal;
}

export async function runOperation<TData, TVariables>(
  operation: TypedDocumentString<TData, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TData> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (options.editorKey) headers.authorization = `Bearer ${options.editorKey}`;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: operation.toString(), variables }),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('NETWORK', 'Không kết nối được tới máy chủ. Kiểm tra máy chủ đang chạy rồi thử lại.');
  }
  let answer: GraphQLAnswer<TData>;
  try {
    answer = (await response.json()) as GraphQLAnswer<TData>;
  } catch {
    throw new ApiError(`HTTP_${response.status}`, `Máy chủ trả lời ${response.status} không phải JSON.`);
  }
  const first = answer.errors?.[0];
  if (first) throw new ApiError(first.extensions?.code ?? `HTTP_${response.status}`, first.message);
  if (!answer.data) throw new ApiError(`HTTP_${response.status}`, `Máy chủ trả lời ${response.status} không có dữ liệu.`);
  return answer.data;
}
