"""Which email domains say something about who a sender works for.

A reply from ``talent@acme.example`` belongs with the application whose
interviewer is ``jane@acme.example``: they share an employer. Two people at
``gmail.com`` share nothing but a mail provider, so for these public domains
only the exact address counts. The list holds the large free providers; a
company's own domain is never on it.
"""

from __future__ import annotations

PUBLIC_MAIL_DOMAINS = frozenset(
    {
        # Google, Microsoft, Yahoo, Apple, AOL
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "outlook.de",
        "outlook.fr",
        "hotmail.com",
        "hotmail.co.uk",
        "hotmail.de",
        "hotmail.fr",
        "live.com",
        "live.co.uk",
        "msn.com",
        "yahoo.com",
        "yahoo.co.uk",
        "yahoo.de",
        "yahoo.fr",
        "ymail.com",
        "rocketmail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        # privacy-minded and paid providers
        "proton.me",
        "protonmail.com",
        "pm.me",
        "tutanota.com",
        "tuta.io",
        "fastmail.com",
        "hey.com",
        "zoho.com",
        "mail.com",
        "gmx.com",
        # national providers
        "gmx.de",
        "gmx.net",
        "gmx.at",
        "gmx.ch",
        "web.de",
        "t-online.de",
        "freenet.de",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "libero.it",
        "virgilio.it",
        "wp.pl",
        "o2.pl",
        "seznam.cz",
        "btinternet.com",
        "comcast.net",
        "verizon.net",
        "att.net",
        "bigpond.com",
        "yandex.com",
        "yandex.ru",
        "mail.ru",
        "qq.com",
        "163.com",
        "126.com",
        "naver.com",
        "rediffmail.com",
    }
)


def domain_of(address: str) -> str:
    """The part after the last ``@``, case-folded; ``''`` when there is none."""
    local, at, domain = address.strip().casefold().rpartition("@")
    return domain if at and local else ""


def is_public_domain(domain: str) -> bool:
    """True for a free mail provider's domain (``gmail.com``), where anyone may have an address."""
    return domain.strip().casefold().rstrip(".") in PUBLIC_MAIL_DOMAINS
