# feedparser 6 returns nested dicts whose keys depend on the feed: every value is Any, read
# with .get() and checked where used.
from typing import IO, Any

class FeedParserDict(dict[str, Any]):
    def __getattr__(self, key: str) -> Any: ...

def parse(url_file_stream_or_string: str | bytes | IO[bytes], etag: str | None = None,
          modified: str | None = None, agent: str | None = None,
          referrer: str | None = None, handlers: list[Any] | None = None,
          request_headers: dict[str, str] | None = None,
          response_headers: dict[str, str] | None = None,
          resolve_relative_uris: bool | None = None,
          sanitize_html: bool | None = None) -> FeedParserDict: ...
