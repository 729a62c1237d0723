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
wizard-home-col-profile-default = Vínculo (* por defecto)
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
