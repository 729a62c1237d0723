# Las pantallas del asistente después de guardar, la pregunta de desvincular y su resultado,
# y la revisión y el final de varias cuentas. Los comandos quedan como están.

## Listo
wizard-done-title = { $name } vinculado
wizard-done-title-short = Vinculado
wizard-done-linked = { $name } está vinculado y verificado.
wizard-done-row-profile = Vínculo
wizard-done-row-profiles = Vínculos
wizard-done-row-token = Token
wizard-done-row-url = URL
wizard-done-row-account-id = ID Cuenta
wizard-done-next = Después:
wizard-done-demo = Demo: agrega --config-dir { $dir } a estos comandos; el servidor demo se detiene con el asistente, así que primero ejecuta `{ $command } sandbox --port { $port }` en otra terminal.
wizard-done-cmd-status = volver a verificarlo
wizard-done-cmd-token = el token, para scripts
wizard-done-cmd-env = líneas export para .env
wizard-done-cmd-rust = en Rust
wizard-done-cmd-status-all = volver a verificar todos en vivo
wizard-done-cmd-list = los vínculos

## Desvincular
wizard-unlink-title = Desvincular { $name }
wizard-unlink-title-done = { $name } desvinculado
wizard-unlink-title-kept = { $name } no se desvinculó
wizard-unlink-title-short = Desvincular
wizard-unlink-running-reset = Restableciendo el token en el servidor y desvinculando { $name }…
wizard-unlink-running = Desvinculando { $name }…
wizard-unlink-back = { $enter } vuelve a los vínculos.
wizard-unlink-question = ¿Desvincular { $name }: { $host }, cuenta { $account_id } ({ $account })?
wizard-unlink-leaves = La entrada sale de la configuración y el token, { $store ->
    [keyring] del llavero del sistema
   *[file] del archivo de tokens
}. Chatwoot no puede revocar un token: sigue válido en el servidor si no se restablece.
wizard-unlink-reset-option = restablecer también el token en el servidor (t o Space)
wizard-unlink-reset-warning = Cualquier otra integración con este token deja de funcionar ya.
wizard-unlink-no-others = Ningún otro vínculo local lo usa.
wizard-unlink-others-get-new = Los vínculos locales que lo comparten reciben el token nuevo: { $names }.
wizard-unlink-others = Vínculos locales que lo comparten: { $names }.
wizard-unlink-keys = { $y } desvincula; { $n }, { $esc } o { $enter } lo conservan.
wizard-unlink-what = { $name } ({ $host }, cuenta { $account_id }, { $account })
wizard-unlink-not-removed = El vínculo { $what } no se eliminó: no se cambió nada.
wizard-unlink-removed = Se eliminó el vínculo { $what } de la configuración.
wizard-unlink-token-deleted = El token se borró { $store ->
    [keyring] del llavero del sistema
   *[file] del archivo de tokens (tokens.toml)
}.
wizard-unlink-token-gone = El token ya no estaba { $store ->
    [keyring] en el llavero del sistema
   *[file] en el archivo de tokens (tokens.toml)
}.
wizard-unlink-token-shared = El token queda { $store ->
    [keyring] en el llavero del sistema
   *[file] en el archivo de tokens (tokens.toml)
}: { $names } lo siguen usando.
wizard-unlink-token-failed = No se pudo borrar el token { $store ->
    [keyring] del llavero del sistema
   *[file] del archivo de tokens (tokens.toml)
} ({ $error }): `chatwoot-link doctor --fix` lo elimina después.
wizard-unlink-default-is = El vínculo predeterminado es { $name }.
wizard-unlink-no-default = Ahora no hay vínculo predeterminado.
wizard-unlink-rotated = El token se restableció antes en el servidor: el anterior ya no funciona en ningún lado.
wizard-unlink-still-valid = El token en sí sigue siendo válido en el servidor (Chatwoot no puede revocarlo). Para invalidarlo, restablécelo en Chatwoot en Ajustes del perfil → Token de acceso; todo programa que lo use dejará de funcionar.
wizard-unlink-still-used = { $count ->
    [one] El vínculo local { $names } sigue usando este token.
   *[other] Los vínculos locales { $names } siguen usando este token.
}

## Varias cuentas: revisión
wizard-multi-title = { $count ->
    [one] Revisión: { $count } vínculo, un token
   *[other] Revisión: { $count } vínculos, un token
}
wizard-multi-title-short = Revisión
wizard-multi-row-chatwoot = Chatwoot
wizard-multi-row-user = Usuario
wizard-multi-row-token-to = Token en
wizard-multi-row-profile-to = Vínculos en
wizard-multi-server = { $url } (versión { $version })
wizard-multi-user = { $name } <{ $email }>, ID de usuario { $id }
wizard-multi-more-below = ↓ { $count ->
    [one] { $count } línea más
   *[other] { $count } líneas más
}
wizard-multi-more-above = ↑ { $count ->
    [one] { $count } línea arriba
   *[other] { $count } líneas arriba
}
wizard-multi-more-both = ↑ { $up } arriba, ↓ { $down } abajo
wizard-multi-token-not-chosen = aún sin elegir: el llavero del sistema no responde (ver abajo)
wizard-multi-token-keyring = llavero del sistema, una vez para todos
wizard-multi-token-file = { $path } (archivo), una vez para todos
wizard-multi-checking = verificando…
wizard-multi-not-saved = no guardado: { $why }
wizard-multi-inboxes = { $total ->
    [one] { $total } bandeja de entrada
   *[other] { $total } bandejas de entrada
}, { $whatsapp } de WhatsApp
wizard-multi-linked-elsewhere = ya vinculada como { $names }
wizard-multi-save-failed = No se guardó: { $why }
wizard-multi-keyring-unreachable = El llavero del sistema no responde: { $reason }
wizard-multi-enter-renaming = deja el nombre escrito; Esc deja el anterior.
wizard-multi-enter-waits = espera las verificaciones…
wizard-multi-enter-save-all = { $count ->
    [one] guarda el vínculo; n lo renombra; Esc vuelve.
   *[other] guarda los { $count } vínculos; n renombra el elegido; Esc vuelve.
}
wizard-multi-enter-save-some = { $passing ->
    [one] guarda el { $passing } que pasó ({ $failing } no); n renombra; Esc vuelve.
   *[other] guarda los { $passing } que pasaron ({ $failing } no); n renombra; Esc vuelve.
}

## Varias cuentas: listo
wizard-multi-done-title = { $count ->
    [one] { $count } vínculo creado
   *[other] { $count } vínculos creados
}
wizard-multi-done-saved = { $name }: cuenta { $account }, vinculada y verificada
wizard-multi-done-not-saved = cuenta { $account } no guardada: { $why }

## Avisos y el resumen que se imprime al salir del asistente.
wizard-multi-only-new = Varias cuentas se vinculan desde un vínculo nuevo (a).
wizard-multi-account-inactive = La cuenta { $id } está { $status }: no se puede vincular.
wizard-multi-not-admin = Cuenta { $id }: el usuario es { $role } ahí; solo los administradores pueden vincularla.
wizard-multi-waiting = Esperando las verificaciones de las cuentas…
wizard-multi-none-passed = Ninguna cuenta marcada pasó su verificación: no hay nada que guardar.
wizard-multi-summary-linked = Vinculado { $name }: { $host }, cuenta { $account_id }
wizard-multi-interrupted = interrumpido después de guardar: { $names } quedaron vinculados
wizard-unlink-kept = Se conservó { $name }: no se cambió nada.
wizard-unlink-summary = Desvinculado { $name }: { $host }, cuenta { $account_id }

## Dónde quedó el token (pantallas finales) y errores al guardar.
wizard-done-place-keyring = llavero del sistema → "{ $label }"
wizard-done-place-file = { $path } (archivo de tokens, modo 0600)
wizard-done-save-failed = vínculo { $name }: { $error }
wizard-multi-nothing-saved = no se guardó nada: { $error }
wizard-multi-place-keyring = llavero del sistema, { $count ->
    [one] una entrada para el vínculo
   *[other] una entrada compartida por los { $count } vínculos
}
wizard-multi-place-file = { $path } (archivo de tokens, modo 0600), { $count ->
    [one] para el vínculo
   *[other] una vez para los { $count } vínculos
}
wizard-multi-marked = { $count ->
    [one] { $count } cuenta marcada: Enter la revisa, un vínculo por cuenta.
   *[other] { $count } cuentas marcadas: Enter las revisa, un vínculo por cuenta.
}
