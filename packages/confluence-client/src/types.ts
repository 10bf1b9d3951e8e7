/** Data shapes the client returns: the parts of Confluence's objects the app uses. */

/** Pages and blog posts (the content types Label UP! works on). */
export type ContentType = 'page' | 'blogpost';

/** A reference to a page or blog post. */
export interface ContentRef {
  /** Numeric id as a string. */
  readonly id: string;
  readonly type: ContentType;
}

/** Body representations the client asks for. */
export type BodyFormat = 'atlas_doc_format' | 'storage';

/** A page or blog post at one version. */
export interface Content {
  readonly id: string;
  readonly type: ContentType;
  /** `current` for the latest version, `historical` for older ones, or `archived`/`trashed`/`draft`. */
  readonly status: string;
  readonly title: string;
  readonly spaceId: string;
  readonly version: number;
  /** Present when a body format was requested; ADF `value` is a JSON string, as Confluence sends it. */
  readonly body?: { readonly representation: BodyFormat; readonly value: string };
}

/** A label (`prefix` is `global` for the labels people see). */
export interface Label {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
}

/** A content property with its version number (for optimistic concurrency). */
export interface ContentProperty<T = unknown> {
  readonly id: string;
  readonly key: string;
  readonly value: T;
  readonly version: number;
}
