"""The Telegram runtime: the services container, rate limiter, flood control, question log,
background jobs and the webhook server."""
