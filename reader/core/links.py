"""Remove known tracking parameters from links that are shown, stored and opened."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Parameters that identify the reader or the campaign, never the page.
_TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "hsa_", "oly_", "__hs", "_hs")
_TRACKING_NAMES = frozenset(
    {
        "mc_eid", "mc_cid", "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid",
        "igshid", "twclid", "li_fat_id", "mkt_tok", "vero_id", "vero_conv", "wt_mc",
        "wt_zmc", "ss_source", "ss_campaign_id", "sc_cid", "s_cid", "ml_subscriber",
        "ml_subscriber_hash", "rb_clickid", "_ke", "trk", "trkcampaign", "elqtrackid",
        "elqtrack", "mkwid", "ncid", "cmpid", "soc_src", "soc_trk", "spm", "ref_src",
    }
)


def is_tracking(name: str) -> bool:
    """Return whether a query parameter name is a known tracker."""
    lower = name.lower()
    return lower in _TRACKING_NAMES or lower.startswith(_TRACKING_PREFIXES)


def clean_link(url: str) -> str:
    """Return the link without tracking parameters (other parameters keep their order)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.query and "utm_" not in parts.fragment:
        return url
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)]
    fragment = "" if parts.fragment.lower().startswith("utm_") else parts.fragment
    return urlunsplit(parts._replace(query=urlencode(kept, doseq=True), fragment=fragment))
