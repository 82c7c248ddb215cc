"""`once`: a property computed on first use and then stored on the instance.

functools.cached_property does the same, but in Python 3.11 it takes a lock on every first read
(a third of the matching time in a store of forty municipalities). The values here are pure
functions of an object that no longer changes, so two threads computing one at once is harmless.
"""
from __future__ import annotations


class once:  # noqa: N801 - used as a decorator, like property
    def __init__(self, func) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value
