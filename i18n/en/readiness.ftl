# The readiness checks: webhooks and conversations (operations), WhatsApp inboxes and numbers.
# `what`: the request, "GET /webhooks"; `error`: why it failed (network-*).
readiness-request-failed = { $what }: { $error }
readiness-cannot-manage-webhooks = the token's user may not manage webhooks (GET /webhooks answered 401), so the integration cannot register its webhook: use an administrator's token, or give this user the administrator role under Settings → Agents
readiness-cannot-read-conversations = the token's user may not read the account's conversations (GET /conversations/meta was refused), so the integration cannot sync them: use an administrator's token, or grant conversation access to this user's role under Settings → Agents
readiness-operations-ok = { $count ->
    [one] the token may manage webhooks ({ $count } registered webhook) and read conversations
   *[other] the token may manage webhooks ({ $count } registered webhooks) and read conversations
}
# `label`: readiness-label or readiness-label-phone.
readiness-label = '{ $name }' (inbox { $id })
readiness-label-phone = '{ $name }' ({ $phone }, inbox { $id })
# `choices`: readiness-choices-none or readiness-choices.
readiness-inbox-missing = inbox { $id }, chosen for the integration, is not a WhatsApp inbox of account { $account_id } (deleted, or not visible to this user): { $choices }
readiness-choices-none = the account has no WhatsApp inbox the user can see
readiness-choices = choose among { $list }
readiness-no-whatsapp = not checked: account { $account_id } has no WhatsApp inbox
# `problem`: the worst problem's message.
readiness-more-problems = { $more ->
    [one] { $problem } (and { $more } more problem)
   *[other] { $problem } (and { $more } more problems)
}
# `each`: "Support (CONNECTED, GREEN, TIER_1K), Sales".
readiness-ready = { $count ->
    [one] { $count } WhatsApp inbox is ready: { $each }
   *[other] { $count } WhatsApp inboxes are ready: { $each }
}
readiness-disconnected = inbox { $label } is disconnected: it receives no new messages until it is reauthorized in Chatwoot under Settings → Inboxes → { $name } → Configuration
# `provider`: Meta or Twilio.
readiness-webhook-mismatch = inbox { $label } gives { $provider } the webhook URL { $callback }/… (the server's FRONTEND_URL), not { $host }: inbound WhatsApp messages cannot arrive; set FRONTEND_URL to { $origin } on the Chatwoot server, restart it, then update the callback URL in Settings → Inboxes → { $name } → Configuration
readiness-health-unavailable = the number health of inbox { $label } is not available: { $why }
readiness-health-admin-only = only an administrator's token may read it (401)
readiness-health-timeout = Chatwoot did not answer within { $secs } s (it asks Meta's Graph API in turn); try again later
# `said`: Meta's own words, "status FLAGGED, quality RED, messaging limit TIER_1K".
readiness-at-risk = the number of inbox { $label } is at risk: Meta reports { $said }; see WhatsApp Manager → Phone numbers for its quality and limits
readiness-said-status = status { $status }
readiness-said-quality = quality { $quality }
readiness-said-limit = messaging limit { $tier }
