# El formulario del asistente.

wizard-form-label-url = URL de Chatwoot
wizard-form-label-email = E-mail principal
wizard-form-label-token = Token de API
wizard-form-label-account-id = ID de Cuenta
wizard-form-label-name = Nombre del vínculo
wizard-form-label-inboxes = Entradas

wizard-form-placeholder-url = ej. https://app.chatwoot.com (→ la usa, para Cloud)
wizard-form-placeholder-email = ej. admin@example.com
wizard-form-placeholder-token = de Ajustes del perfil → Token de acceso
wizard-form-placeholder-account-id = ej. 1
wizard-form-placeholder-name = se toma del nombre de la cuenta
wizard-form-placeholder-token-loading = guardado (leyéndolo…)
wizard-form-placeholder-token-kept = guardado: se conserva si no escribes otro

wizard-form-help-title = Ayuda: { $field }
wizard-form-help-url = La dirección con la que abres Chatwoot: https://app.chatwoot.com para Chatwoot Cloud, o tu propio servidor. Si pegas una URL del panel (…/app/accounts/7/…), también se completa el ID de Cuenta.
wizard-form-help-email = El usuario principal: el correo de un administrador de la cuenta, la persona cuyo token de acceso escribes a continuación.
wizard-form-help-token = En Chatwoot: tu avatar → Ajustes del perfil → Token de acceso; cópialo aquí. Ctrl-R lo muestra.
wizard-form-help-account-id = El número que sigue a /app/accounts/ en la dirección de cualquier página del panel. Cuando se verifica el token, se listan sus cuentas: los dígitos filtran, Enter elige.
wizard-form-help-name = Un nombre corto para este vínculo, como en `chatwoot-link status NOMBRE`. Se toma del nombre de la cuenta hasta que lo edites.
wizard-form-help-token-keyring-unreachable = No se puede acceder al llavero del sistema aquí: la revisión ofrece en su lugar el archivo de tokens (tokens.toml, 0600).
wizard-form-help-token-keyring = Se guarda en el llavero del sistema, nunca en un archivo de texto plano.
wizard-form-help-token-demo = La demo lo guarda en su propio archivo de tokens.
wizard-form-help-token-file = Este vínculo lo guarda en el archivo de tokens (tokens.toml, 0600).
wizard-form-help-token-edit = Hay un token guardado para este vínculo: deja el campo vacío para conservarlo, o pega uno nuevo para reemplazarlo.
wizard-form-help-inboxes = Entradas: { $message }
wizard-form-help-redirect-https = { $key } cambia la URL a https:// y vuelve a verificar.
wizard-form-help-insecure-http = { $key } permite HTTP sin cifrar para este vínculo si aceptas el riesgo: el token viaja por la red sin cifrar, así que cualquiera en el camino (Wi-Fi, proxy, proveedor) puede leerlo y actuar como este administrador.

wizard-form-title-welcome-long = ¡Bienvenido! Cuatro datos, verificados mientras escribes
wizard-form-title-welcome = ¡Bienvenido! Vincula una cuenta de Chatwoot
wizard-form-title-welcome-short = ¡Bienvenido!
wizard-form-title-another = Vincula otra cuenta de Chatwoot
wizard-form-title-add = Agregar un vínculo
wizard-form-title-edit = Editar { $name }
wizard-form-title-edit-short = Editar

wizard-form-inboxes-counting = contando bandejas de entrada…
wizard-form-inboxes-per-account = por cuenta, en la revisión
wizard-form-inboxes-with-account = tras el ID de Cuenta
wizard-form-inboxes-more = (más: ID de Cuenta)

wizard-form-name-empty = ponle un nombre al vínculo (letras, dígitos, '.', '_', '-')
wizard-form-name-exists = ya existe un vínculo llamado { $name }: elige otro nombre
wizard-form-name-bad-character = no sirve como nombre: solo letras ASCII, dígitos, '.', '_', '-'
wizard-form-name-bad-character-example = no sirve como nombre: solo letras ASCII, dígitos, '.', '_', '-'; p. ej. { $example }
wizard-form-name-unusable = no sirve como nombre: { $advice }

wizard-form-several-marked = { $count ->
    [one] { $count } cuenta marcada: se verifica en la revisión
   *[other] { $count } cuentas marcadas: cada una se verifica en la revisión
}
wizard-form-several-names = uno por cuenta, con su nombre
wizard-form-several-rename = puedes renombrarlos en la revisión (n)

wizard-form-accounts-title = Cuentas a las que accede este token
wizard-form-accounts-title-marked = { $count ->
    [one] Cuentas de este token: { $count } marcada (Space)
   *[other] Cuentas de este token: { $count } marcadas (Space)
}
wizard-form-accounts-unmatched = Ninguna cuenta de este token empieza con { $typed }; todas:

wizard-form-inboxes-picker-title = Bandejas de entrada de WhatsApp para la integración
wizard-form-inboxes-picker-hint = Space elige las bandejas de entrada que usará la integración (puede no haber ninguna).

wizard-form-trust-title = ¿Confiar en este certificado?
wizard-form-trust-unsigned = Ninguna autoridad en la que confíe esta computadora firmó el certificado del servidor.
wizard-form-trust-subject = Sujeto
wizard-form-trust-issuer = Emisor
wizard-form-trust-valid = Válido
wizard-form-trust-valid-dates = { $from } a { $to }
wizard-form-trust-compare = Compara la huella con la del propio servidor (openssl x509 -noout -fingerprint -sha256 -in cert.pem): si confías en él, será el único certificado que acepte este vínculo.
wizard-form-trust-keys = { $yes } confía en él; { $no } o { $esc }, no.
wizard-form-trust-issuer-same = el sujeto (autofirmado)
wizard-form-trust-compare-short = Comprueba que coincida con la huella del servidor.
wizard-form-trust-hint = certificado no confiable: Ctrl-G lo muestra para confiar
wizard-form-trust-notice = Confiando en SHA-256 { $fingerprint }… solo para este vínculo.

wizard-form-notice-account-from-url = ID de Cuenta { $id } tomado de la URL pegada (era { $typed }).
wizard-form-notice-waiting = esperando las verificaciones…
wizard-form-notice-reveal = Ctrl-R muestra el token cuando su campo tiene el foco.
wizard-form-notice-token-page = Ctrl-B funciona cuando la URL está verificada.
wizard-form-notice-http-allowed = HTTP sin cifrar permitido para este vínculo: el token viaja por la red en claro.
wizard-form-notice-fix-inboxes = Primero corrige las bandejas de entrada.
wizard-form-notice-fix-field = Primero corrige { $field }.

