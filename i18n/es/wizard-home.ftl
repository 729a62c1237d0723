# La pantalla de inicio del asistente: la lista de vínculos, su filtro y los detalles del
# vínculo seleccionado.

wizard-home-title = { $count ->
    [one] { $count } vínculo
   *[other] { $count } vínculos
}{ $failing ->
    [0] {""}
   *[other] , { $failing } con fallas
}
wizard-home-title-at = { $count ->
    [one] { $count } vínculo
   *[other] { $count } vínculos
}{ $failing ->
    [0] {""}
   *[other] , { $failing } con fallas
}, { $selected } de { $shown }
wizard-home-title-short = Vínculos
wizard-home-empty = No hay ningún vínculo (o ya no quedan).
wizard-home-empty-keys = Presiona { $add } para vincular una cuenta de Chatwoot, { $quit } para salir.
wizard-home-filter-label = Filtro /
wizard-home-filter-count = { $shown } de { $total }
wizard-home-no-match = Ningún vínculo coincide con el filtro (Esc lo borra).
wizard-home-col-profile-default = Vínculo (* predeterminado)
wizard-home-col-profile = Vínculo
wizard-home-col-host = Host
wizard-home-col-account = Cuenta
wizard-home-row-url = URL
wizard-home-row-email = E-mail
wizard-home-row-account = Cuenta
wizard-home-row-user = Usuario
wizard-home-row-token = Token
wizard-home-row-verified = Verificado
wizard-home-row-whatsapp = WhatsApp
wizard-home-row-now = Ahora
wizard-home-account = { $name } (id { $id })
wizard-home-not-checked = sin verificar aún
wizard-home-checking = verificando en vivo…
wizard-home-store-keyring = llavero del sistema
wizard-home-store-file = archivo (tokens.toml, texto plano, 0600)
wizard-home-no-whatsapp = no se encontró ninguna bandeja de WhatsApp
wizard-home-inboxes-none-after = ninguna bandeja elegida; números tras la verificación
wizard-home-inboxes-none-unknown = ninguna bandeja elegida; números desconocidos (bandejas no listadas)
wizard-home-inboxes-after = bandeja { $ids }; números tras la verificación
wizard-home-inboxes-unknown = bandeja { $ids }; números desconocidos (bandejas no listadas)

wizard-home-name-taken = ya existe un vínculo llamado { $name }: elige otro nombre
wizard-home-quit-busy = Guardando el cambio primero: vuelve a salir en un momento.
wizard-home-copied-env = { $count ->
    [one] Se copió { $count } línea env de { $name } (sin token) al portapapeles (OSC 52).
   *[other] Se copiaron { $count } líneas env de { $name } (sin token) al portapapeles (OSC 52).
}
wizard-home-token-missing = falta el token guardado: escríbelo de nuevo (o pégalo); al guardar se almacena y se conserva el resto del vínculo
wizard-home-token-unreadable = no se puede leer el token guardado ({ $error }): escribe el token para reemplazarlo
wizard-home-reload-failed = no se pueden volver a leer los vínculos: { $error }
wizard-home-secret-missing = falta el token en { $store ->
    [keyring] el llavero del sistema
   *[file] tokens.toml (texto plano, 0600)
}: Enter para escribirlo de nuevo
wizard-home-verified-not-recorded = las verificaciones terminaron, pero no se pudo guardar la hora de verificación: { $error }
wizard-home-default-set = { $name } es ahora el vínculo predeterminado.
wizard-home-renamed = { $old } ahora se llama { $name }.
wizard-home-default-failed = no se cambió el predeterminado: { $error }
wizard-home-rename-failed = no se cambió el nombre de { $old }: { $error }
wizard-home-url-unknown = Aún no se conoce la URL: escríbela primero.
wizard-home-opening = Abriendo { $page } (ahí está el Token de acceso).
wizard-home-no-browser = No hay navegador aquí: abre { $page }
wizard-home-browser-failed = { $error }: abre { $url } tú mismo.

wizard-home-save-deadline = interrumpido: el guardado no terminó en 5 s; se completa o se revierte solo. Ejecuta `chatwoot-link list` para ver si el vínculo existe.
wizard-home-interrupted-unlink = interrumpido al desvincular { $name }: se completa solo o no se hace; ejecuta `chatwoot-link list` para ver si sigue vinculado
wizard-home-cancelled-unlink = cancelado: no se desvinculó nada
wizard-home-finishing-save = Terminando de guardar antes de salir (5 s como máximo)…
wizard-home-cancelled-form = cancelado: el formulario en curso no se guardó (los cambios anteriores quedan)
wizard-home-cancelled = cancelado: no se guardó nada
wizard-home-opener-failed = no se pudo iniciar { $opener }: { $error }
