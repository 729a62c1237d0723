# `chatwoot-link doctor`: una línea por hallazgo, una columna de etiqueta y lo encontrado.
# `doctor --json` nunca se traduce. Los comandos y opciones quedan como están.

## La columna de etiquetas (se rellena hasta la etiqueta más larga).
doctor-label-fixed = corregido
doctor-label-dir = directorio
doctor-label-config = configuración
doctor-label-permissions = permisos
doctor-label-ownership = propietario
doctor-label-keyring = llavero
doctor-label-file-store = archivo
doctor-label-secrets = tokens
doctor-label-leftovers = temporales
doctor-label-orphans = huérfanos
doctor-label-server = servidor

## Lo encontrado.
doctor-config-empty = bien: todavía no hay nada guardado (no existe profiles.toml)
doctor-config-ok = bien: { $count ->
    [one] { $count } vínculo
   *[other] { $count } vínculos
}, predeterminado { $default }
doctor-config-ok-no-default = bien: { $count ->
    [one] { $count } vínculo
   *[other] { $count } vínculos
}, sin predeterminado
doctor-problem = PROBLEMA: { $cause }
doctor-permissions-ok = bien (directorio 0700, archivos 0600)
doctor-permissions-problem = PROBLEMA: { $path } tiene { $mode } y debería tener { $expected } (doctor --fix lo corrige)
doctor-permissions-writable = PROBLEMA: { $path } tiene { $mode } y debería tener { $expected } (doctor --fix lo corrige); otros pueden escribir en él, así que no se guarda nada hasta entonces
doctor-ownership-problem = PROBLEMA: { $cause }; no se guarda nada hasta entonces (doctor --fix no cambia propietarios)
doctor-backend-ok = bien: { $description } (escritura, relectura, eliminación)
doctor-backend-unused = no se puede usar, pero ningún vínculo lo usa: { $cause }
doctor-backend-unsearchable = nota: este almacén no puede listar sus entradas, así que ahí no se pueden encontrar secretos huérfanos
doctor-secrets-ok = bien: se puede leer el token de cada vínculo
doctor-secrets-problem = PROBLEMA: { $name }: { $cause }
doctor-secret-missing = su token ya no está en { $store ->
    [keyring] el llavero del sistema
   *[other] el archivo de tokens
} (un llavero se detuvo antes de guardarlo o se eliminó la entrada); solo tú puedes repararlo: vuelve a ingresar el token con `{ $command }` (se verifica con el servidor; el resto del vínculo se conserva)
doctor-leftovers-none = ninguno (archivos temporales de guardados interrumpidos)
doctor-leftovers-found = PROBLEMA: { $count ->
    [one] { $count } archivo temporal de un guardado interrumpido
   *[other] { $count } archivos temporales de guardados interrumpidos
} (doctor --fix los elimina):
doctor-leftover = { $path }
doctor-leftover-tokens = { $path } (una copia de tokens.toml: tokens sin cifrar)
doctor-orphans-unsearched = no se buscaron en: { $stores } (no disponibles)
doctor-orphans-none = no se encontró ninguno (secretos de este directorio de configuración que ningún vínculo usa)
doctor-orphans-found = { $count ->
    [one] { $count } secreto de este directorio de configuración que ningún vínculo usa
   *[other] { $count } secretos de este directorio de configuración que ningún vínculo usa
} (doctor --fix los quita):
doctor-server-ok = { $name }: bien: Chatwoot { $version } en { $host }
doctor-server-degraded = { $name }: { $host } responde (Chatwoot { $version }), pero informa que su base de datos o Redis fallan: revisa los registros del servidor
doctor-server-problem = PROBLEMA: { $name }: { $cause }
doctor-server-stored-url = la URL guardada no se puede usar: corrígela con `chatwoot-link edit { $name } --url URL`

## Lo que hizo --fix.
doctor-fixed-permissions-failed = no se pudieron corregir los permisos: { $cause }
doctor-fixed-deleted = se eliminó { $path }
doctor-fixed-deleted-tokens = se eliminó { $path } (una copia de tokens.toml: tokens sin cifrar)
doctor-fixed-delete-failed = no se pudo eliminar un archivo temporal: { $cause }
doctor-fixed-deletes-failed = no se pudieron eliminar los archivos temporales: { $cause }
doctor-fixed-removed = se quitó el secreto huérfano { $key } de { $store ->
    [keyring] el llavero del sistema
   *[other] el archivo de tokens
}
doctor-fixed-remove-failed = no se pudo quitar el secreto huérfano { $key }: { $cause }
doctor-fixed-removes-failed = no se pudieron quitar los secretos huérfanos: { $cause }
