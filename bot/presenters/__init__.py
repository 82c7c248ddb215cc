"""Presenters: one :class:`bot.reply.Reply` shown natively in each front end.

* :mod:`bot.presenters.text` — the command line (``render_text``), also the ``text`` of ``kysy --json``;
* :mod:`bot.presenters.telegram` — Telegram HTML chunks and buttons (``render_telegram``);
* :mod:`bot.presenters.teams` — Adaptive Cards 1.5 (``render_card``);
* :mod:`bot.presenters.chart` — PNG charts and their alt text (``render_png``, ``alt_text``);
* (a change or a deviation in words is made by the answers: :mod:`bot.answers.change`);
* :mod:`bot.presenters.common` — what the three share: sources, item lines, option labels.

They read the reply's fields, never its prose, and print every number through
:mod:`bot.formatting`. Importing this package does not import matplotlib.
"""
