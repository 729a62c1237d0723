# `chatwoot-link sandbox --scenario help`: what each scenario makes the sandbox do. Scenario
# names, HTTP details, JSON keys and server texts in backquotes stay as they are.

sandbox-scenario-drop-underscore-headers = a proxy drops the `api_access_token` header but passes `Api-Access-Token`
sandbox-scenario-drop-token-header = a proxy drops every token header (devise's `errors` 401 on user endpoints)
sandbox-scenario-redirect-https = every request: 301 to https://<same host:port><path>
sandbox-scenario-redirect-other-host = every request: 301 to another host (default http://localhost:<port>; or redirect-other-host=URL)
sandbox-scenario-rate-limited = every request: rack-attack's 429, text/plain `Retry later`
sandbox-scenario-server-error = every request: 500 with Rails' error page
sandbox-scenario-html = every request: 200 HTML, the login page of some other product
sandbox-scenario-malformed-json = every request: 200 JSON cut off in the middle
sandbox-scenario-hang = accepts every request and never answers
sandbox-scenario-drip = sends the head, then the body one byte per second
sandbox-scenario-endless-body = 200 JSON head, then an endless body
sandbox-scenario-control-chars = user, account and inbox names carry ANSI escapes and controls
sandbox-scenario-old-version = reports version 4.2.0: no /health, no reset_access_token
sandbox-scenario-degraded = GET /api reports "queue_services":"failing"
sandbox-scenario-inbox-disconnected = WhatsApp inboxes need reauthorization (`reauthorization_required: true`)
sandbox-scenario-wrong-frontend-url = FRONTEND_URL left at http://0.0.0.0:3000: callback_webhook_url points there
sandbox-scenario-number-yellow = inbox health: Meta rates the Cloud number's quality YELLOW
sandbox-scenario-number-flagged = inbox health: Meta reports the Cloud number FLAGGED
sandbox-scenario-meta-refused = inbox health: 422, Meta refuses the inbox's token (type authorization)
sandbox-scenario-no-health-endpoint = inbox health: 404, a server older than the endpoint
sandbox-scenario-webhooks-forbidden = GET /webhooks answers 401 even for administrators (a custom role's token)
sandbox-scenario-health-hang = inbox health never answers (Chatwoot waiting on Meta)
