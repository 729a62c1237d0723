# Errores del almacén de vínculos (src/store). Los comandos, opciones, rutas y variables
# de entorno entre comillas invertidas no se traducen.
# $store es el código de un almacén de tokens: keyring o file.

## Fallos del llavero del sistema.
store-keyring-no-bus = no hay bus de sesión D-Bus ({ $detail }) y el llavero del sistema se usa a través de él: ejecuta chatwoot-link dentro de una sesión de escritorio o inicia una con `dbus-run-session -- sh`
store-keyring-no-secret-service = el bus de sesión no tiene Secret Service ({ $detail }): inicia uno, p. ej. `gnome-keyring-daemon --start --components=secrets` (o KeePassXC con su integración de Secret Service)
store-keyring-no-collection = el llavero del sistema no tiene una colección predeterminada donde guardar secretos (nunca se creó ni se desbloqueó): desbloquéalo una vez, p. ej. `echo PASSWORD | gnome-keyring-daemon --unlock`, o crea un llavero predeterminado en Seahorse
store-keyring-locked = el llavero del sistema está bloqueado ({ $detail }): desbloquéalo (inicia sesión en el escritorio, usa Seahorse o `echo PASSWORD | gnome-keyring-daemon --unlock`) e inténtalo de nuevo
store-keyring-timeout = el llavero del sistema no respondió en { $secs } s: puede haber una solicitud de desbloqueo abierta en el escritorio; respóndela e inténtalo de nuevo
store-keyring-platform = falló el llavero del sistema: { $detail }; comprueba que esté en ejecución y desbloqueado, e inténtalo de nuevo
store-keyring-unsupported = no hay ningún llavero compatible en esta plataforma
store-keyring-bus-unset = DBUS_SESSION_BUS_ADDRESS y XDG_RUNTIME_DIR no están definidas
store-keyring-bus-default = DBUS_SESSION_BUS_ADDRESS no está definida y { $path }: { $error }
store-keyring-prompt-dismissed = se cerró la solicitud de desbloqueo
store-keyring-prompt-gone = el llavero desapareció mientras había una solicitud de desbloqueo abierta
store-keyring-collection-locked = la colección está bloqueada

## Archivos y directorios. $cause es el texto del sistema operativo.
store-no-config-dir = no se encuentra un directorio de configuración para este usuario: usa --config-dir o define CHATWOOT_LINK_CONFIG_DIR
store-io-read = no se pudo leer { $path }: { $cause }
store-io-write = no se pudo escribir { $path }: { $cause }
store-io-create = no se pudo crear { $path }: { $cause }
store-io-create-dir = no se pudo crear el directorio { $path }: { $cause }
store-io-delete = no se pudo eliminar { $path }: { $cause }
store-io-remove = no se pudo quitar { $path }: { $cause }
store-io-replace = no se pudo reemplazar { $path }: { $cause }
store-io-flush = no se pudo escribir en disco { $path }: { $cause }
store-io-follow-link = no se pudo seguir el enlace simbólico { $path }: { $cause }
store-io-lock = no se pudo bloquear { $path }: { $cause }
store-io-open-lock = no se pudo abrir el archivo de bloqueo { $path }: { $cause }
store-io-chmod = no se pudieron cambiar los permisos de { $path }: { $cause }
store-corrupt = { $path }:{ $line }:{ $column }: { $message }. El archivo se dejó como estaba: corrígelo a mano o muévelo a otro lugar para empezar de cero
store-newer-schema = { $path } tiene el esquema { $found }, más nuevo que el que entiende esta versión (esquema { $schema }): aquí es de solo lectura; actualiza chatwoot-link para modificarlo
store-lock-timeout = otro chatwoot-link tiene bloqueado { $path } desde hace más de { $secs } s: espera a que termine e inténtalo de nuevo (o ciérralo si se quedó colgado)

## Nombres de vínculos. $name ya va entre comillas ("acme").
store-invalid-name = nombre de vínculo no válido { $name }: { $reason }. Usa de 1 a 32 letras, dígitos, '.', '_' o '-', empezando por una letra o un dígito (las mayúsculas se pasan a minúsculas)
store-name-empty = está vacío
store-name-bad-start = debe empezar por una letra o un dígito
store-name-bad-character = tiene un carácter no permitido
store-name-too-long = tiene más de 32 caracteres
store-name-advice-empty = ponle un nombre al vínculo
store-name-advice-bad-start = empieza por una letra o un dígito
store-name-advice-bad-character = usa solo letras, dígitos, '.', '_' o '-'
store-name-advice-too-long = tiene más de 32 caracteres
store-unknown-profile-none = no hay ningún vínculo llamado { $name }: todavía no hay vínculos; agrega uno con `chatwoot-link add`
store-unknown-profile-near = no hay ningún vínculo llamado { $name }: ¿quisiste decir { $near }? Los vínculos existentes son { $known } (consulta `chatwoot-link list`)
store-unknown-profile-known = no hay ningún vínculo llamado { $name }: los vínculos existentes son { $known } (consulta `chatwoot-link list`)
store-name-taken = ya existe un vínculo llamado { $name }: modifícalo con `chatwoot-link edit { $profile }` o elige otro nombre
store-no-default = no se indicó ningún vínculo y no hay uno predeterminado: indica uno, define CHATWOOT_LINK_PROFILE o ejecuta `chatwoot-link default NAME`
store-conflict = el vínculo { $name } cambió en el disco después de cargarse (otro chatwoot-link lo modificó): no se guardó nada; vuelve a cargarlo y repite el cambio

## Secretos.
store-secret-missing = falta el token del vínculo { $name } en { $store ->
    [keyring] el llavero del sistema
   *[other] el archivo de tokens
} (entrada { $token_ref }; puede que el llavero se haya detenido antes de guardarlo): vuelve a ingresarlo con `{ $command }` (se verifica con el servidor y el resto del vínculo se conserva)
store-read-back-mismatch = { $store ->
    [keyring] el llavero del sistema
   *[other] el archivo de tokens
} devolvió un valor distinto del que se escribió: no se guardó nada; inténtalo de nuevo y ejecuta `chatwoot-link doctor` si vuelve a pasar
store-unchecked = sin verificar: { $store ->
    [keyring] el llavero del sistema
   *[other] el archivo de tokens
} no se puede usar (consulta su propia línea)
store-bad-certificate = { $path } no es un certificado válido ({ $reason }): vuelve a confiar en el certificado del servidor con `chatwoot-link edit <profile> --ca-cert FILE` o quítalo con --no-ca-cert

## Otro usuario local podría modificar el directorio de configuración.
store-exposed-writable = { $path } tiene permiso de escritura para el grupo u otros (modo { $mode }): otro usuario local podría reemplazar lo que chatwoot-link escribe ahí, así que no se escribió nada; ejecuta `{ $remedy }` e inténtalo de nuevo
store-exposed-foreign = { $path } pertenece al usuario { $owner }, no a este usuario ({ $me }): otro usuario local podría reemplazar lo que chatwoot-link escribe ahí, así que no se escribió nada; ejecuta `{ $remedy }` e inténtalo de nuevo
store-unsafe-writable = { $path } tiene permiso de escritura para el grupo u otros (modo { $mode }): otro usuario local podría reemplazar lo que chatwoot-link guarda ahí; ejecuta `{ $remedy }`
store-unsafe-foreign = { $path } pertenece al usuario { $owner }, no a este usuario ({ $me }): otro usuario local podría reemplazar lo que chatwoot-link guarda ahí; ejecuta `{ $remedy }`

store-internal = error interno: { $detail }

## Cargar un vínculo desde un programa.
store-load-credential = no se pudo leer la credencial de systemd { $path }: { $cause }
store-load-bad-token = el token de { $origin } no se puede usar: { $cause }

## Los almacenes de tokens, como los describen doctor y los mensajes.
store-backend-secret-service = Secret Service en el bus de sesión D-Bus
store-backend-keychain = Keychain de macOS
store-backend-credential-manager = Administrador de credenciales de Windows
store-backend-none = no hay llavero en esta plataforma
store-backend-file = { $path } (texto plano, modo 0600)
store-backend-memory = almacén en memoria (pruebas)
store-backend-faulty = { $inner } (con fallas inyectadas)

store-old-token-not-flushed = guardado, pero { $dir } no se pudo escribir en disco ({ $error }); el token anterior se conservó en el almacén { $store }: `chatwoot-link doctor --fix` lo elimina más tarde
store-old-token-not-deleted = guardado, pero el token anterior no se pudo eliminar del almacén { $store } ({ $error }): `chatwoot-link doctor --fix` lo elimina más tarde

store-keyring-wait = esperando al llavero: ¿hay una solicitud de desbloqueo abierta?

store-thread-failed = no se puede iniciar un hilo: { $error }
store-operation-stopped = una operación del almacén se detuvo inesperadamente
store-keyring-call-stopped = la llamada al llavero se detuvo inesperadamente
store-toml-write = no se puede escribir el TOML: { $error }
store-not-read-back = un valor de este vínculo no se leería igual desde profiles.toml (¿un número mayor que 2^63 - 1?): no se guardó nada
