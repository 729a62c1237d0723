# La revisión del asistente.

wizard-review-title = Revisión: { $name }
wizard-review-title-short = Revisión
wizard-review-key-chatwoot = Chatwoot
wizard-review-key-user = Usuario
wizard-review-key-account = Cuenta
wizard-review-key-inboxes = Entradas
wizard-review-key-chosen = Elegidas
wizard-review-key-token-to = Token en
wizard-review-key-profile-to = Vínculo en
wizard-review-server = { $url } (versión { $version })
wizard-review-user = { $name } <{ $email }>, ID de usuario { $id }
wizard-review-account = { $name }, ID { $id }: { $role }, { $status }
wizard-review-inboxes = { $total } en total, { $whatsapp } de WhatsApp
wizard-review-inboxes-named = { $total } en total, { $whatsapp } de WhatsApp: { $names }
wizard-review-chosen-none = ninguna bandeja de entrada elegida (se puede usar cualquiera)
wizard-review-chosen-unknown = bandeja de entrada { $id }
wizard-review-token-keyring = llavero del sistema, como "{ $label }"
wizard-review-token-file = { $path } (archivo de tokens)
wizard-review-token-not-chosen = sin elegir: no se puede acceder al llavero del sistema (ver abajo)
wizard-review-token-kept-keyring = el token guardado, se conserva en el llavero del sistema
wizard-review-token-kept-file = el token guardado, se conserva en { $path }
wizard-review-linked-elsewhere = Esta cuenta ya está vinculada como { $names }: dos vínculos para una misma cuenta se confunden fácilmente.

wizard-review-more-below = { $count ->
    [one] ↓ { $count } línea más
   *[other] ↓ { $count } líneas más
}
wizard-review-more-above = { $count ->
    [one] ↑ { $count } línea arriba
   *[other] ↑ { $count } líneas arriba
}
wizard-review-more-both = ↑ { $above } arriba, ↓ { $below } abajo

wizard-review-keyring-unreachable = No se puede acceder al llavero del sistema: { $reason }
wizard-review-enter-saves = { $key } guarda; Esc vuelve para cambiar algo.
wizard-review-enter-retry-keyring = { $key } vuelve a intentar con el llavero (desbloquéalo o inícialo antes); Esc vuelve.
wizard-review-changed = No se guardó: el vínculo { $name } cambió en el disco desde que se cargó (otro chatwoot-link lo editó): { $what }.
wizard-review-changed-reload = { $key } parte de la versión del disco y conserva tus valores en el formulario; Esc vuelve.
wizard-review-removed = No se guardó: el vínculo { $name } se eliminó del disco desde que se cargó. Esc vuelve; agrégalo de nuevo desde los vínculos.
wizard-review-failed = No se guardó: { $message }
wizard-review-enter-retry = { $key } vuelve a intentarlo; Esc vuelve.
wizard-review-saving = Guardando…
wizard-review-file-store-offer = { $key } guarda el token en { $path }: un archivo de texto plano (modo 0600), sin cifrar, que puede leer cualquiera con acceso a tus archivos o copias de seguridad.

wizard-review-changed-renamed = renombrado a { $name }
wizard-review-changed-url = URL ahora { $url }
wizard-review-changed-email = correo ahora { $email }
wizard-review-changed-account-id = ID de Cuenta ahora { $id }
wizard-review-changed-token = un token nuevo
wizard-review-changed-other = detalles que el formulario no muestra

wizard-review-notice-changed = Cambió en el disco: r parte de esa versión, Esc vuelve.
wizard-review-notice-copied-url = { $url } copiada al portapapeles (OSC 52).
wizard-review-notice-copied-id = ID de Cuenta { $id } copiado al portapapeles (OSC 52).
wizard-review-notice-reloaded = Se tomó el vínculo tal como está en el disco: Enter guarda tus valores encima.
wizard-review-linked = Vinculado { $name }: { $host }, cuenta { $id }
wizard-review-saved = Guardado { $name }: { $host }, cuenta { $id }
wizard-review-interrupted-saved = interrumpido cuando ya se había guardado: el vínculo { $name } está vinculado
wizard-review-interrupted = interrumpido: no se guardó nada ({ $why })
wizard-review-why-changed = el vínculo cambió en el disco desde que se cargó
