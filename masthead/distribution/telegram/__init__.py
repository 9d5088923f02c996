"""Posting to Telegram channels: the Bot API client, the rate limit and the outbox worker."""
