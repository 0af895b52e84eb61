"""Download one address over HTTP(S), politely and safely: timeouts, retries, a size cap.

`fetch.fetch()` is the entry point. `options` holds the limits, the request and the result;
`attempt` makes one try and follows its redirects; `body` reads the body under the size cap
and undoes gzip/deflate with a bomb guard; `failures` tells what went wrong and whether a
retry may mend it.
"""
