readiness-request-failed = { $what }: { $error }
readiness-cannot-manage-webhooks = el usuario del token no puede administrar webhooks (GET /webhooks respondió 401), así que la integración no puede registrar su webhook: usa el token de un administrador, o dale a este usuario el rol de Administrador en Ajustes → Agentes
readiness-cannot-read-conversations = el usuario del token no puede leer las conversaciones de la cuenta (GET /conversations/meta fue rechazado), así que la integración no puede sincronizarlas: usa el token de un administrador, o da acceso a las conversaciones al rol de este usuario en Ajustes → Agentes
readiness-operations-ok = { $count ->
    [one] el token puede administrar webhooks ({ $count } webhook registrado) y leer conversaciones
   *[other] el token puede administrar webhooks ({ $count } webhooks registrados) y leer conversaciones
}
readiness-label = "{ $name }" (bandeja de entrada { $id })
readiness-label-phone = "{ $name }" ({ $phone }, bandeja de entrada { $id })
readiness-inbox-missing = la bandeja de entrada { $id }, elegida para la integración, no es una bandeja de entrada de WhatsApp de la cuenta { $account_id } (se eliminó, o este usuario no la ve): { $choices }
readiness-choices-none = la cuenta no tiene ninguna bandeja de entrada de WhatsApp que el usuario pueda ver
readiness-choices = elige entre { $list }
readiness-no-whatsapp = sin verificar: la cuenta { $account_id } no tiene ninguna bandeja de entrada de WhatsApp
readiness-more-problems = { $more ->
    [one] { $problem } (y { $more } problema más)
   *[other] { $problem } (y { $more } problemas más)
}
readiness-ready = { $count ->
    [one] { $count } bandeja de entrada de WhatsApp está lista: { $each }
   *[other] { $count } bandejas de entrada de WhatsApp están listas: { $each }
}
readiness-disconnected = la bandeja de entrada { $label } está desconectada: no recibe mensajes nuevos hasta que se vuelva a autorizar en Chatwoot en Ajustes → Entradas → { $name } → Configuración
readiness-webhook-mismatch = la bandeja de entrada { $label } le da a { $provider } la URL de webhook { $callback }/… (la FRONTEND_URL del servidor), no { $host }: los mensajes entrantes de WhatsApp no pueden llegar; configura FRONTEND_URL como { $origin } en el servidor de Chatwoot, reinícialo y luego actualiza la URL de callback en Ajustes → Entradas → { $name } → Configuración
readiness-health-unavailable = el estado del número de la bandeja de entrada { $label } no está disponible: { $why }
readiness-health-admin-only = solo el token de un administrador puede leerlo (401)
readiness-health-timeout = Chatwoot no respondió en { $secs } s (a su vez consulta la Graph API de Meta); inténtalo más tarde
readiness-at-risk = el número de la bandeja de entrada { $label } está en riesgo: Meta informa { $said }; consulta WhatsApp Manager → Phone numbers para ver su calidad y sus límites
readiness-said-status = estado { $status }
readiness-said-quality = calidad { $quality }
readiness-said-limit = límite de mensajes { $tier }
