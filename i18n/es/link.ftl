# Fallos de los casos de uso (src/link). $cause es una oración completa del almacén o del
# servidor, ya en el mismo idioma. Los comandos y opciones no se traducen.

link-token-unreadable = no se pudo leer el token de { $name }: { $cause }. No se cambió nada; no se contactó al servidor
link-config-not-writable = no se le pidió al servidor que restableciera el token, porque el resultado no se podría guardar: { $cause }. No se cambió nada
link-secrets-not-writable = el token nuevo no se podría guardar en { $place } ({ $describe }), así que no se le pidió al servidor que lo restableciera; no se cambió nada: { $cause }
link-stored-url = la URL guardada de { $name } no se puede usar ({ $detail }): corrígela con `chatwoot-link edit { $name } --url URL`
link-rotation-unsupported = este servidor no permite rotar el token (Chatwoot < 4.3.0): restablécelo en Ajustes del perfil → Token de acceso y luego ejecuta `chatwoot-link edit { $name } --token-stdin`. No se cambió nada
link-not-reset = el token no se restableció: { $cause }. No se cambió nada
link-rotated-not-stored = el servidor restableció el token (el anterior ya no funciona), pero el nuevo no se pudo guardar: { $cause }. No se mostró ni se guardó en ningún lugar. Para recuperarlo: en Chatwoot, abre Ajustes del perfil → Token de acceso y copia el token que aparece ahí (es el nuevo; no hace falta restablecerlo otra vez); luego ejecuta `chatwoot-link edit { $first } --token-stdin` y pégalo; haz lo mismo para { $names }

## Dónde guarda las cosas un almacén de tokens.
link-place-keyring = el llavero del sistema
link-place-file = tokens.toml (texto plano, 0600)


## Vincular varias cuentas y volver a verificar vínculos. En --json se muestran en inglés.
link-check-said = { $check }: { $message }
link-skipped-inactive = omitida: el estado de la cuenta es { $status }
link-skipped-not-admin = omitida: el usuario tiene ahí el rol { $role }, no es administrador
link-linked-checked = vinculada y verificada
link-name-taken = ya existe un vínculo llamado { $name } (`chatwoot-link show { $name }`): esta cuenta no se vinculó otra vez
link-all-passed = todas las verificaciones pasaron
link-token-unreadable-short = no se puede leer el token: { $cause }
link-not-checked-token = no verificado: no se pudo leer el token
link-no-answer = sin respuesta en { $seconds } s
link-already-linked = la cuenta { $account_id } de { $host } ya está vinculada como { $names }: dos vínculos para una misma cuenta se confunden fácilmente
link-inbox-no-number = { $name }, sin número

link-sharing-rotated = los vínculos locales { $names } comparten este token; recibieron el nuevo. Cualquier otro programa que lo use deja de funcionar.
link-reset-other-user = el servidor restableció el token del usuario { $user_id } ({ $email }), no el del usuario { $expected } como indica el vínculo { $name }
