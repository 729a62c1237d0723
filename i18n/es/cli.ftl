# Salida para personas de la línea de comandos (nunca --json, la salida de env/token ni el log).

cli-error = error: { $message }
cli-warning = advertencia: { $message }
cli-no-runtime = no se pudo iniciar el entorno asíncrono: { $error }
cli-keyring-other-ways = { $error }; sin llavero del sistema, guarda con --insecure-storage (tokens.toml, texto plano, modo 0600) o pasa el token como credencial de systemd (docs/server.md)
cli-no-command = no se indicó ningún comando y aquí no hay asistente: usa `chatwoot-link add` o `check`
cli-no-sandbox = esta compilación no tiene entorno de prueba (se compiló sin la función `sandbox`)

## output.rs
cli-label-user = usuario:
cli-label-account = cuenta:
cli-label-server = servidor:
cli-label-inboxes = bandejas:
cli-label-whatsapp = whatsapp:
cli-label-warnings = advertencias:
cli-summary-user = { $name } <{ $email }> (id { $id })
cli-summary-account = { $name } (id { $id }), { $role }, { $status }
cli-summary-server = Chatwoot { $version }
cli-summary-inboxes = { $total ->
    [one] 1 visible
   *[other] { $total } visibles
}, { $whatsapp } de WhatsApp
cli-summary-inbox = { $name } (bandeja de entrada { $id }, { $channel }{ $chosen ->
    [yes] , elegida
   *[no] {""}
}): { $said }
cli-inbox-ready = lista
cli-all-passed = todas las verificaciones pasaron
cli-checks-failed = { $count ->
    [one] 1 verificación falló
   *[other] { $count } verificaciones fallaron
}

## check.rs
cli-local-failure = { $check }: { $message } (no se envió nada)
cli-interrupted-nothing-checked = interrumpido; no se verificó ni se guardó nada
cli-interrupted-nothing-saved = interrumpido; no se guardó nada
cli-proxy-unsent = { $error } (no se envió nada)
cli-tls-store-unsent = { $error }: revisa el almacén de certificados TLS del sistema (no se envió nada)
cli-token-prompt = Token de acceso a la API (no se muestra):
cli-token-stdin-error = no se pudo leer el token de stdin ({ $error }): pasa el token como una sola línea de texto
cli-token-stdin-failed = no se pudo leer el token de stdin: pasa el token como una sola línea de texto

## add.rs, add_many.rs, edit.rs
cli-add-name-one = --name nombra un solo vínculo: con varios --account-id, cada vínculo toma el nombre de su cuenta (quita --name)
cli-no-token = no se indicó ningún token: pásalo con --token-stdin
cli-add-needs-account = add necesita --account-id (el número que sigue a /app/accounts/ en la dirección del panel), una URL del panel que lo incluya o --all-admin-accounts
cli-add-needs-account-short = add necesita --account-id, una URL del panel que lo incluya o --all-admin-accounts
cli-account-id-invalid = --account-id { $given } no es un número entero positivo (el número que sigue a /app/accounts/ en la dirección del panel)
cli-nothing-saved-fix = no se guardó nada: corrige lo que falló y vuelve a ejecutar el comando
cli-save-failed = todas las verificaciones pasaron, pero no se pudo guardar el vínculo: { $error }. No se guardó nada
cli-save-failed-tried = todas las verificaciones pasaron, pero no se pudo guardar el vínculo (se intentó en { $place }: { $describe }): { $error }. No se guardó nada
cli-saved = vínculo { $name } guardado: { $host }, cuenta { $account_id } ({ $account_name }), token en { $place }
cli-saved-default = vínculo { $name } guardado (el vínculo predeterminado): { $host }, cuenta { $account_id } ({ $account_name }), token en { $place }
cli-many-save-failed = las cuentas se verificaron, pero no se pudieron guardar los vínculos (se intentó en { $place }): { $error }. No se guardó nada
cli-many-account = cuenta { $account_id }
cli-many-account-named = cuenta { $account_id } ({ $account_name })
cli-many-result = { $what }: { $message }
cli-many-not-linked = { $what }: no vinculada: { $message }
cli-many-none-linked = { $chosen ->
    [one] se vincularon 0 de 1 cuenta: no se guardó nada
   *[other] se vincularon 0 de { $chosen } cuentas: no se guardó nada
}
cli-many-linked = { $chosen ->
    [one] se vinculó { $saved } de 1 cuenta; el token se guarda una sola vez, en { $place }, para { $names }
   *[other] { $saved ->
        [one] se vinculó 1 de { $chosen } cuentas; el token se guarda una sola vez, en { $place }, para { $names }
       *[other] se vincularon { $saved } de { $chosen } cuentas; el token se guarda una sola vez, en { $place }, para { $names }
    }
}
cli-edit-nothing = nada que cambiar: pasa --url, --email, --account-id, --token-stdin, --inbox, --no-inbox, --ca-cert, --no-ca-cert o --name (en una terminal, `chatwoot-link edit NAME` solo abre el asistente)
cli-edit-stdin-empty = se indicó --token-stdin pero stdin estaba vacío: pasa el nuevo token, o quita la opción para conservar el token guardado
cli-edit-token-unreadable = no se pudo leer el token guardado de { $name }, necesario para volver a verificar el vínculo: { $error }

## remove.rs (unlink)
cli-unlink-what = { $name } ({ $host }, cuenta { $account_id }, { $account_name })
cli-unlink-ask = ¿Desvincular { $what }?
cli-unlink-ask-rotate = ¿Desvincular { $what } y restablecer su token en el servidor? Todos los demás programas que usan ese token dejarán de funcionar.
cli-unlink-ask-rotate-sharing = ¿Desvincular { $what } y restablecer su token en el servidor? Todos los demás programas que usan ese token dejarán de funcionar (los vínculos locales { $names } reciben el nuevo).
cli-unlink-remains = se desvinculó { $name } (se quitó de la configuración), pero su token sigue en { $place } (entrada { $key }): { $error }. Cuando se resuelva, `chatwoot-link doctor --fix` lo borra (ahora es un huérfano de este directorio de configuración)
cli-unlink-remains-by-hand = se desvinculó { $name } (se quitó de la configuración), pero su token sigue en { $place } (entrada { $key }): { $error }. Cuando se resuelva, `chatwoot-link doctor --fix` lo borra (ahora es un huérfano de este directorio de configuración), o a mano: `{ $command }`
cli-unlinked = se desvinculó { $what }: se quitó de la configuración
cli-unlink-token-deleted = su token se borró de { $place }
cli-unlink-token-gone = su token ya no estaba en { $place }
cli-unlink-token-shared = su token sigue en { $place }: { $names } lo siguen usando (vinculados juntos, lo comparten)
cli-unlink-rotated = el token se restableció antes en el servidor: el anterior ya no funciona en ningún lado
cli-unlink-still-valid = el token sigue siendo válido en el servidor (Chatwoot no puede revocarlo): para invalidarlo, restablécelo en Chatwoot en Ajustes del perfil → Token de acceso (todos los programas que lo usan dejarán de funcionar)
cli-unlink-others = { $count ->
    [one] el vínculo local { $names } sigue usando este token
   *[other] los vínculos locales { $names } siguen usando este token
}
cli-default-is = el vínculo predeterminado es { $name }
cli-no-default = ahora no hay vínculo predeterminado

## rotate.rs
cli-rotate-ask = ¿Restablecer el token de acceso a la API de { $user } en { $host }? El token actual deja de funcionar de inmediato para todos los programas que lo usan; el nuevo se guarda para: { $names }.
cli-rotate-sharing = vínculos que comparten este token (misma URL y usuario): { $names }
cli-rotate-done = el token de { $user } en { $host } se restableció en el servidor; el nuevo se guarda para { $names } (nunca se muestra). El token anterior ya no funciona: actualiza cualquier otro programa que lo usara.

## rename.rs, default.rs
cli-renamed = { $old } ahora se llama { $new }.
cli-default-now = { $name } es ahora el vínculo predeterminado.

## linked.rs
cli-ca-cert-unreadable = no se pudo leer --ca-cert { $file }: { $error }
cli-ca-cert-untrusted = no se puede confiar en --ca-cert { $file }: { $error }. Guarda el certificado del servidor (o el de su CA) en formato PEM, por ejemplo con `openssl s_client -connect HOST:443 -showcerts`
cli-confirm-needs-terminal = { $command } necesita una confirmación y no hay una terminal donde preguntar: pasa --yes
cli-confirm-suffix = [s/N]
cli-confirm-yes = s|si|sí
cli-cancelled = cancelado; no se cambió nada
cli-exposed = { $problem }; no se guarda nada ahí hasta que se resuelva


## list.rs
cli-list-empty = Todavía no hay vínculos en { $dir }: agrega uno con `chatwoot-link add` o ejecuta `chatwoot-link`.
cli-list-name = NOMBRE
cli-list-url = URL
cli-list-account = CUENTA
cli-list-email = CORREO
cli-list-token = TOKEN
cli-list-verified = VERIFICADO
cli-list-file-note = TOKEN "file": guardado en texto plano en { $path } (modo 0600), no en el llavero del sistema.
cli-account-cell = { $account_id } ({ $account_name })

## show.rs
cli-show-profile = vínculo
cli-show-url = url
cli-show-email = correo
cli-show-account = cuenta
cli-show-user = usuario
cli-show-server = servidor
cli-show-inboxes = bandejas
cli-show-verified = verificado
cli-show-token = token
cli-show-id = id
cli-show-name-default = { $name } (predeterminado)
cli-show-user-value = { $name } (id { $id }, { $role })
cli-show-no-inboxes = ninguna elegida
cli-show-token-keyring = en el llavero del sistema (servicio { $service }, usuario { $username })
cli-show-token-file = en texto plano en { $path } (almacén en archivo)

## status.rs
cli-status-empty = todavía no hay vínculos: vincula uno con `chatwoot-link add` (ver --help)
cli-status-interrupted = interrumpido; arriba aparecen los vínculos verificados hasta ahora
cli-status-not-recorded = las verificaciones se hicieron, pero no se pudo registrar verified_at: { $error }
cli-status-token-unreadable = no se pudo leer el token: { $error }
cli-status-line = { $host }  cuenta { $account_id }  { $message }
cli-status-summary = { $total ->
    [one] 1 vínculo
   *[other] { $total } vínculos
}: { $passed ->
    [one] 1 correcto
   *[other] { $passed } correctos
}{ $warned ->
    [0] {""}
   *[other] {" "}({ $warned } con advertencias)
}{ $failed ->
    [0] {""}
    [one] , 1 falló
   *[other] , { $failed } fallaron
}

## token.rs, env.rs
cli-using-profile-env = se usa el vínculo { $name } (indicado por { $variable }; { $count ->
    [one] hay { $count } vínculo
   *[other] hay { $count } vínculos
}: indica uno para elegir otro)
cli-using-profile-default = se usa el vínculo { $name } (el predeterminado; { $count ->
    [one] hay { $count } vínculo
   *[other] hay { $count } vínculos
}: indica uno para elegir otro)

## log.rs
cli-log-no-dir = --verbose: no se escribe ningún log: { $error }
cli-log-cannot-write = --verbose: no se puede escribir { $path }: { $error }; se continúa sin log

## sandbox.rs
cli-sandbox-scenarios-heading = Escenarios (repite --scenario para combinarlos):
cli-sandbox-unknown-scenario = escenario desconocido `{ $name }`
    { $list }
cli-sandbox-port-in-use = el puerto { $port } está en uso: elige otro con --port (o --port 0 para cualquier puerto libre)
cli-sandbox-port-privileged = el puerto { $port } requiere privilegios: elige uno mayor que 1023 con --port
cli-sandbox-cannot-listen = no se puede escuchar en 127.0.0.1:{ $port }: { $error }
cli-sandbox-listening = Entorno de prueba de Chatwoot { $version } escuchando en { $url }
cli-sandbox-latency = latencia: { $ms } ms en cada respuesta
cli-sandbox-scenarios = escenarios: { $names }
cli-sandbox-users = Usuarios de demo (los tokens son valores de demo públicos, válidos solo aquí):
cli-sandbox-acme = administrador, activa, WhatsApp + WhatsApp de Twilio + widget web
cli-sandbox-beta = agente, activa
cli-sandbox-oldco = administrador, suspendida
cli-sandbox-solo = administrador, activa, sin bandeja de entrada de WhatsApp
cli-sandbox-agency = cuentas 1, 4 administrador (activas), 3 administrador (suspendida), 2 agente
cli-sandbox-bot-token = token de bot de agente
cli-sandbox-platform-token = token de app de plataforma
cli-sandbox-try = Prueba, en otra terminal:
cli-sandbox-stop-hint = Ctrl-C detiene el entorno de prueba.
cli-sandbox-stopped = entorno de prueba detenido
cli-sandbox-account = cuenta { $id }

## main/wizard.rs
cli-wizard-needs-terminal = el asistente necesita una terminal: en scripts usa `chatwoot-link add` (verificar y guardar) o `chatwoot-link check` (solo verificar); ver --help
cli-wizard-terminal-failed = falló la terminal ({ $error }): usa `chatwoot-link add` en su lugar (ver --help)
cli-demo-sandbox-failed = no se pudo iniciar el entorno de prueba de la demo en 127.0.0.1: { $error }
cli-demo-no-data-dir = no se encuentra un directorio de datos para este usuario (¿está definido HOME?)
cli-demo-cannot-empty = no se pudo vaciar el directorio de la demo { $dir }: { $error }

## check.rs: resultados de verificación
cli-check-missing-token = no se indicó ningún token: pásalo con --token-stdin o define CHATWOOT_LINK_TOKEN (Ajustes del perfil → Token de acceso en Chatwoot)
cli-check-not-sent-input = no verificado: no se envió nada porque un dato es incorrecto
cli-check-interrupted = no verificado: interrumpido
cli-check-no-client = no verificado: no se pudo configurar el cliente HTTP
cli-check-token-interrupted = no verificado: interrumpido mientras se leía el token
cli-check-token-unreadable = no verificado: no se pudo leer el token

cli-man-write-failed = no se puede escribir la página de manual en stdout: { $error }
cli-completions-write-failed = no se pueden escribir los autocompletados en stdout: { $error }
