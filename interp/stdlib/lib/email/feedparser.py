"""FeedParser and BytesFeedParser (adder): see email.parser."""

from email.parser import FeedParser, BytesFeedParser

__all__ = ['FeedParser', 'BytesFeedParser']
