checks-checking-url = consultando al servidor (GET /api)…
checks-checking-token = consultando de quién es el token (GET /api/v1/profile)…
checks-checking-email = esperando el perfil del token…
checks-checking-account = esperando las cuentas del token…
checks-checking-inboxes = listando las bandejas de entrada (GET /api/v1/accounts/<id>/inboxes)…
checks-checking-operations = consultando webhooks y conversaciones (GET …/webhooks, …/conversations/meta)…
checks-checking-whatsapp = verificando las bandejas de entrada de WhatsApp y el estado de sus números…
checks-skipped-needs-url = sin verificar: falló la verificación de la URL
checks-skipped-needs-token = sin verificar: falló la verificación del token
checks-skipped-needs-account = sin verificar: falló la verificación de la cuenta
checks-skipped-needs-inboxes = sin verificar: falló la verificación de las bandejas de entrada
checks-not-checked = sin verificar
checks-skipped-url-unusable = sin verificar: la URL no se puede usar
checks-skipped-no-token = no se indicó ningún token: cópialo desde tu avatar → Ajustes del perfil → Token de acceso
checks-skipped-no-email = no se indicó ningún correo
checks-skipped-no-account-id-where = no se indicó el ID de Cuenta: es el número que sigue a /app/accounts/ en la dirección de cualquier página del panel
checks-skipped-no-account-id = no se indicó el ID de Cuenta
checks-skipped-account-id-unusable = sin verificar: el ID de Cuenta no se puede usar
checks-skipped-needs-valid-token = sin verificar: necesita un token válido
checks-skipped-input-wrong = sin verificar: no se envió nada porque un dato es incorrecto
checks-url-assumed-https = { $error }; no se indicó el esquema, así que se probó https: si el servidor usa HTTP sin cifrar, { $remedy }
checks-url-degraded = Chatwoot { $version } en { $origin }, pero informa fallas en Redis o en la base de datos: las próximas solicitudes pueden fallar; pide al administrador del servidor que los revise
checks-url-degraded-warning = Chatwoot en { $origin } informa fallas en Redis o Postgres (GET /api)
checks-url-ok = Chatwoot { $version } en { $origin }
checks-url-too-old = Chatwoot { $version } es anterior a 4.3.0: el token no se puede rotar desde aquí (revocar solo desvincula)
checks-token-ok = válido: el token de { $name } <{ $email }> (usuario { $id })
checks-email-ok = { $email } es el dueño del token
checks-email-mismatch = el token pertenece a { $name } <{ $email }>, no a { $given }: usa el token de { $given } (Ajustes del perfil → Token de acceso) o escribe { $email }
checks-account-not-member = { $name } no es miembro de la cuenta { $account_id }; { $accounts }: usa el número que sigue a /app/accounts/ en la dirección de cualquier página del panel
checks-accounts-none = el usuario del token no pertenece a ninguna cuenta
checks-accounts-list = el token da acceso a { $list }
checks-account-suspended = la cuenta { $account_id } ({ $account }) está suspendida: pide al administrador de la instalación que la reactive
checks-account-not-admin-none = { $name } es miembro sin rol en la cuenta { $account_id } ({ $account }), no administrador: usa el token de un administrador, o pide a un administrador de esa cuenta que promueva a { $name }
checks-account-not-admin-agent = { $name } es agente en la cuenta { $account_id } ({ $account }), no administrador: usa el token de un administrador, o pide a un administrador de esa cuenta que promueva a { $name }
checks-account-not-admin-role = { $name } tiene el rol '{ $role }' en la cuenta { $account_id } ({ $account }), no administrador: usa el token de un administrador, o pide a un administrador de esa cuenta que promueva a { $name }
checks-account-ok = { $account } (cuenta { $account_id }): administrador, activa
checks-inboxes-no-whatsapp = { $total ->
    [one] la única bandeja de entrada de la cuenta { $account_id } no es de WhatsApp: agrega una en Ajustes → Entradas, o revisa el ID de Cuenta
   *[other] ninguna de las { $total } bandejas de entrada de la cuenta { $account_id } es de WhatsApp: agrega una en Ajustes → Entradas, o revisa el ID de Cuenta
}
checks-inboxes-ok = { $total ->
    [one] { $total } bandeja de entrada, { $whatsapp } de WhatsApp: { $names }
   *[other] { $total } bandejas de entrada, { $whatsapp } de WhatsApp: { $names }
}
checks-email-invalid = { $given } no es una dirección de correo: escribe el correo con el que inicia sesión el usuario principal
checks-account-id-invalid = { $given } no es un ID de Cuenta: usa el número que sigue a /app/accounts/ en la dirección de cualquier página del panel
checks-account-id-mismatch = el ID de Cuenta { $id } no coincide con el { $hint } de la URL del panel; se usa { $id }
checks-account-id-from-url = el ID de Cuenta { $id } se tomó de la URL del panel
checks-url-empty = escribe la URL de Chatwoot: la dirección con la que abres el panel, p. ej. https://app.chatwoot.com
checks-url-invalid = no es una URL ({ $reason }): escribe la dirección con la que abres el panel, p. ej. https://chat.example.com
checks-url-no-host = no tiene nombre de host
checks-url-scheme = la URL debe empezar con https:// (o http:// para pruebas locales), no con { $scheme }://
checks-url-insecure = HTTP sin cifrar hacia { $origin } expondría el token: usa https, o { $remedy }
checks-url-insecure-proxied = HTTP sin cifrar hacia { $origin } pasa por el proxy { $proxy }, así que el token cruzaría la red en claro: usa https, deja que el host evite el proxy con NO_PROXY, o { $remedy }
checks-url-path-ignored = se descartó la ruta de la URL: Chatwoot funciona en la raíz de su host, así que se usa { $origin }
checks-url-http-allowed-proxied = HTTP sin cifrar hacia { $origin } a través del proxy { $proxy } (--allow-http): el token cruza la red en claro
checks-url-http-loopback = HTTP sin cifrar hacia { $origin }: sirve para pruebas locales, usa https para un servidor real
checks-url-http-allowed = HTTP sin cifrar hacia { $origin } (--allow-http): el token cruza la red en claro
checks-url-http-allowed-consented = HTTP sin cifrar hacia { $origin }: el token cruza la red en claro
checks-url-http-allowed-proxied-consented = HTTP sin cifrar hacia { $origin } a través del proxy { $proxy }: el token cruza la red en claro
