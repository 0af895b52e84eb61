from collections.abc import Iterator

from lxml.etree import ElementBase

class HtmlElement(ElementBase):
    def find(self, path: str, namespaces: dict[str, str] | None = None) -> HtmlElement | None: ...
    def iter(self, tag: str | None = None, *tags: str) -> Iterator[HtmlElement]: ...
    def text_content(self) -> str: ...

class HTMLParser:
    def __init__(self, *, remove_blank_text: bool = False, remove_comments: bool = False,
                 remove_pis: bool = False, strip_cdata: bool = True, no_network: bool = True,
                 recover: bool = True, compact: bool = True, default_doctype: bool = True,
                 collect_ids: bool = True, huge_tree: bool = False) -> None: ...

def document_fromstring(html: str | bytes, parser: HTMLParser | None = None,
                        ensure_head_body: bool = False,
                        base_url: str | None = None) -> HtmlElement: ...
def fragment_fromstring(html: str | bytes, create_parent: bool | str = False,
                        base_url: str | None = None,
                        parser: HTMLParser | None = None) -> HtmlElement: ...
