# `chatwoot-link sandbox --scenario help`: lo que cada escenario hace hacer al sandbox.

sandbox-scenario-drop-underscore-headers = un proxy descarta el encabezado `api_access_token` pero deja pasar `Api-Access-Token`
sandbox-scenario-drop-token-header = un proxy descarta todo encabezado de token (el 401 `errors` de devise en los endpoints de usuario)
sandbox-scenario-redirect-https = cada solicitud: 301 a https://<mismo host:puerto><ruta>
sandbox-scenario-redirect-other-host = cada solicitud: 301 a otro host (predeterminado: http://localhost:<port>; o redirect-other-host=URL)
sandbox-scenario-rate-limited = cada solicitud: el 429 de rack-attack, text/plain `Retry later`
sandbox-scenario-server-error = cada solicitud: 500 con la página de error de Rails
sandbox-scenario-html = cada solicitud: 200 HTML, la página de inicio de sesión de otro producto
sandbox-scenario-malformed-json = cada solicitud: 200 JSON cortado por la mitad
sandbox-scenario-hang = acepta cada solicitud y nunca responde
sandbox-scenario-drip = envía el encabezado y luego el cuerpo, un byte por segundo
sandbox-scenario-endless-body = encabezado 200 JSON y luego un cuerpo sin fin
sandbox-scenario-control-chars = los nombres de usuario, cuenta y bandejas de entrada llevan escapes ANSI y caracteres de control
sandbox-scenario-old-version = informa la versión 4.2.0: sin /health ni reset_access_token
sandbox-scenario-degraded = GET /api informa "queue_services":"failing"
sandbox-scenario-inbox-disconnected = las bandejas de entrada de WhatsApp necesitan reautorización (`reauthorization_required: true`)
sandbox-scenario-wrong-frontend-url = FRONTEND_URL quedó en http://0.0.0.0:3000: callback_webhook_url apunta ahí
sandbox-scenario-number-yellow = estado del número: Meta califica la calidad del número de Cloud como YELLOW
sandbox-scenario-number-flagged = estado del número: Meta marca el número de Cloud como FLAGGED
sandbox-scenario-meta-refused = estado del número: 422, Meta rechaza el token de la bandeja (tipo authorization)
sandbox-scenario-no-health-endpoint = estado del número: 404, un servidor anterior a ese endpoint
sandbox-scenario-webhooks-forbidden = GET /webhooks responde 401 incluso a administradores (el token de un rol personalizado)
sandbox-scenario-health-hang = el estado del número nunca responde (Chatwoot esperando a Meta)
