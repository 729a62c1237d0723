# `chatwoot-link sandbox --scenario help`: o que cada cenário faz o sandbox fazer.

sandbox-scenario-drop-underscore-headers = um proxy descarta o cabeçalho `api_access_token` mas deixa passar `Api-Access-Token`
sandbox-scenario-drop-token-header = um proxy descarta todo cabeçalho de token (o 401 `errors` do devise nos endpoints de usuário)
sandbox-scenario-redirect-https = toda requisição: 301 para https://<mesmo host:porta><caminho>
sandbox-scenario-redirect-other-host = toda requisição: 301 para outro host (por padrão http://localhost:<port>; ou redirect-other-host=URL)
sandbox-scenario-rate-limited = toda requisição: o 429 do rack-attack, text/plain `Retry later`
sandbox-scenario-server-error = toda requisição: 500 com a página de erro do Rails
sandbox-scenario-html = toda requisição: 200 HTML, a página de login de outro produto
sandbox-scenario-malformed-json = toda requisição: 200 JSON cortado no meio
sandbox-scenario-hang = aceita toda requisição e nunca responde
sandbox-scenario-drip = envia o cabeçalho e depois o corpo, um byte por segundo
sandbox-scenario-endless-body = cabeçalho 200 JSON e depois um corpo sem fim
sandbox-scenario-control-chars = os nomes de usuário, conta e caixas de entrada trazem escapes ANSI e caracteres de controle
sandbox-scenario-old-version = informa a versão 4.2.0: sem /health nem reset_access_token
sandbox-scenario-degraded = GET /api informa "queue_services":"failing"
sandbox-scenario-inbox-disconnected = as caixas de entrada do WhatsApp precisam de nova autorização (`reauthorization_required: true`)
sandbox-scenario-wrong-frontend-url = FRONTEND_URL ficou em http://0.0.0.0:3000: callback_webhook_url aponta para lá
sandbox-scenario-number-yellow = saúde do número: a Meta classifica a qualidade do número do Cloud como YELLOW
sandbox-scenario-number-flagged = saúde do número: a Meta marca o número do Cloud como FLAGGED
sandbox-scenario-meta-refused = saúde do número: 422, a Meta recusa o token da caixa (tipo authorization)
sandbox-scenario-no-health-endpoint = saúde do número: 404, um servidor anterior a esse endpoint
sandbox-scenario-webhooks-forbidden = GET /webhooks responde 401 até para administradores (o token de uma função personalizada)
sandbox-scenario-health-hang = a saúde do número nunca responde (o Chatwoot esperando a Meta)
