# Las teclas del asistente: las palabras cortas de la barra de teclas y las líneas de la
# ayuda (F1). Los nombres de las teclas (Enter, Esc, Tab, Ctrl-O, F1, letras) no van aquí.

## Ayuda (F1): qué hace cada tecla.
wizard-keys-help-quit-at-once-saving-nothing = salir ya, sin guardar nada
wizard-keys-help-suspend-fg-resumes = suspender (fg lo reanuda)
wizard-keys-help-next-previous-profile = vínculo siguiente / anterior
wizard-keys-help-page-first-last = página, primero, último
wizard-keys-help-add-a-profile = agregar un vínculo
wizard-keys-help-edit-the-selected-profile = editar el vínculo seleccionado
wizard-keys-help-check-it-live-again = volver a verificarlo en vivo
wizard-keys-help-check-every-profile-live-again = volver a verificar todos en vivo
wizard-keys-help-make-it-the-default = hacerlo el predeterminado
wizard-keys-help-rename-it = cambiarle el nombre
wizard-keys-help-unlink-it-asks-first = desvincularlo (pregunta antes)
wizard-keys-help-copy-its-env-lines-no-token = copiar sus líneas env (sin token)
wizard-keys-help-open-its-token-page-in-the = abrir la página del token
wizard-keys-help-filter-by-name-host-or-account = filtrar por nombre, host o cuenta
wizard-keys-help-quit = salir
wizard-keys-help-this-list = esta lista
wizard-keys-help-done-filtering = terminar el filtro
wizard-keys-help-clear-the-filter = borrar el filtro
wizard-keys-help-rename-the-profile = cambiar el nombre del vínculo
wizard-keys-help-keep-the-old-name = dejar el nombre anterior
wizard-keys-help-save-the-profile = guardar el vínculo
wizard-keys-help-scroll-a-short-terminal = desplazar (terminal baja)
wizard-keys-help-store-the-token-in-a-file = guardar el token en un archivo
wizard-keys-help-changed-on-disk-build-on-the = cambió en disco: partir de esa versión
wizard-keys-help-back-to-the-form = volver al formulario
wizard-keys-help-exit = salir
wizard-keys-help-copy-the-url-osc-52-works = copiar la URL (OSC 52, sirve por SSH)
wizard-keys-help-copy-the-account-id = copiar el ID de Cuenta
wizard-keys-help-unlink-the-profile = desvincular el vínculo
wizard-keys-help-also-reset-the-token-on-the = restablecer también el token
wizard-keys-help-keep-it-back-to-the-profiles = conservarlo, volver a los vínculos
wizard-keys-help-back-to-the-profiles = volver a los vínculos
wizard-keys-help-close-this-list = cerrar esta lista
wizard-keys-help-scroll-this-list = desplazar esta lista
wizard-keys-help-page-top-bottom = página, inicio, final
wizard-keys-help-trust-it-for-this-profile-s = confiar en él, solo para esta URL
wizard-keys-help-do-not-trust-it = no confiar en él
wizard-keys-help-quit-or-back-to-the-profiles = salir (o volver a los vínculos) sin el formulario
wizard-keys-help-keep-editing = seguir editando
wizard-keys-help-save-the-profiles-one-token-for = guardar los vínculos (un token)
wizard-keys-help-choose-an-account = elegir una cuenta
wizard-keys-help-rename-the-chosen-account-s-profile = renombrar el vínculo elegido
wizard-keys-help-next-previous-field = campo siguiente / anterior
wizard-keys-help-next-previous-field-list-move = campo sig. / ant.; lista: mover
wizard-keys-help-next-field-last-field-review = campo siguiente; al final: revisar
wizard-keys-help-mark-an-account-choose-an-inbox = marcar cuenta / elegir bandeja
wizard-keys-help-show-or-hide-the-token = mostrar u ocultar el token
wizard-keys-help-empty-url-chatwoot-cloud-s-url = URL vacía: la de Chatwoot Cloud
wizard-keys-help-check-again-cancels-a-slow-check = volver a verificar (cancela la lenta)
wizard-keys-help-switch-the-url-to-https = cambiar la URL a https://
wizard-keys-help-allow-plain-http-asks-only-for = permitir HTTP sin cifrar (pregunta)
wizard-keys-help-trust-the-server-s-certificate-asks = confiar en el certificado (pregunta)
wizard-keys-help-open-the-token-s-page-in = abrir la página del token
wizard-keys-help-close-the-list-else-quit-asks = cerrar la lista, o salir (pregunta)

## Barra de teclas: palabras cortas (la barra omite las entradas que no caben).
wizard-keys-bar-add = nuevo
wizard-keys-bar-quit = salir
wizard-keys-bar-keys = ayuda
wizard-keys-bar-edit = editar
wizard-keys-bar-verify = verificar
wizard-keys-bar-rename = renombrar
wizard-keys-bar-unlink = desvincular
wizard-keys-bar-filter = filtrar
wizard-keys-bar-done = listo
wizard-keys-bar-clear-the-filter = borrar el filtro
wizard-keys-bar-cancel = cancelar
wizard-keys-bar-use-the-version-on-disk = usar la versión en disco
wizard-keys-bar-back = volver
wizard-keys-bar-file-store = en archivo
wizard-keys-bar-try-the-keyring = reintentar el llavero
wizard-keys-bar-save = guardar
wizard-keys-bar-back-to-the-form = al formulario
wizard-keys-bar-back-to-the-profiles = a los vínculos
wizard-keys-bar-copy-url = copiar URL
wizard-keys-bar-copy-account-id = copiar ID de Cuenta
wizard-keys-bar-exit = salir
wizard-keys-bar-also-reset-the-token = restablecer el token
wizard-keys-bar-keep-it = conservar
wizard-keys-bar-account = cuenta
wizard-keys-bar-cancel-and-retry = cancelar y reintentar
wizard-keys-bar-pick = elegir
wizard-keys-bar-close-list = cerrar lista
wizard-keys-bar-next = siguiente
wizard-keys-bar-inbox = bandeja
wizard-keys-bar-choose = elegir
wizard-keys-bar-mark = marcar
wizard-keys-bar-review-the-marked = revisar marcadas
wizard-keys-bar-profiles = vínculos
wizard-keys-bar-show-hide-token = ver/ocultar token
wizard-keys-bar-review = revisar
wizard-keys-bar-to-filter = para filtrar
wizard-keys-bar-type = escribe
wizard-keys-bar-scroll = desplazar
wizard-keys-bar-close = cerrar

## La ventana de F1, la pregunta al salir, la línea de estado y la pantalla demasiado chica.
wizard-keys-overlay-title = Teclas (Esc cierra)
wizard-keys-discard-title = ¿Descartar?
wizard-keys-discard-question = ¿Descartar los cambios y volver a los vínculos?
wizard-keys-discard-keys = { $y } descarta, { $n } o { $esc } sigue editando.
wizard-keys-quit-title = ¿Salir?
wizard-keys-quit-question = ¿Salir sin guardar nada?
wizard-keys-quit-keys = { $y } sale, { $n } o { $esc } sigue editando.
wizard-keys-slow-server = esperando al servidor{ $ellipsis } { $secs } s
wizard-keys-slow-connecting = conectando{ $ellipsis } { $secs } s
wizard-keys-too-small-title = Terminal demasiado chica
wizard-keys-too-small = Mide { $width }x{ $height }; el asistente necesita al menos { $min_width }x{ $min_height }. Agranda la ventana o usa `chatwoot-link add` (ver --help). Ctrl-C sale.
# The F1 box when its rows do not all fit (a short terminal): lines out of view.
wizard-keys-more-below = { $count ->
    [one] ↓ { $count } línea más
   *[other] ↓ { $count } líneas más
}
wizard-keys-more-above = { $count ->
    [one] ↑ { $count } línea arriba
   *[other] ↑ { $count } líneas arriba
}
wizard-keys-more-both = ↑ { $above } arriba, ↓ { $below } abajo
