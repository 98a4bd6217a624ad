// Reading the JSON API; an error answer ({status, message}) becomes a thrown Error with its message.

export async function getJSON(path, params) {
  const query = params && params.toString();
  const response = await fetch(query ? `${path}?${query}` : path, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw new Error(body && body.message ? body.message : `${response.status} ${response.statusText}`);
  }
  return body;
}

let metaPromise = null;

/** Types, quad names, statuses and store counts: fetched once per page load. */
export function meta() {
  if (!metaPromise) metaPromise = getJSON("/api/meta");
  return metaPromise;
}

export function eventPath(id) {
  return `/events/${encodeURIComponent(id)}`;
}

export function articlePath(docId) {
  return `/articles/${encodeURIComponent(docId)}`;
}
