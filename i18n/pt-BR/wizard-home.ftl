# A tela inicial do assistente: a lista de vínculos, o filtro e os detalhes do vínculo
# selecionado.

wizard-home-title = { $count ->
    [one] { $count } vínculo
   *[other] { $count } vínculos
}{ $failing ->
    [0] {""}
   *[other] , { $failing } com falha
}
wizard-home-title-at = { $count ->
    [one] { $count } vínculo
   *[other] { $count } vínculos
}{ $failing ->
    [0] {""}
   *[other] , { $failing } com falha
}, { $selected } de { $shown }
wizard-home-title-short = Vínculos
wizard-home-empty = Nenhum vínculo (ou não há mais nenhum).
wizard-home-empty-keys = Pressione { $add } para vincular uma conta do Chatwoot, { $quit } para sair.
wizard-home-filter-label = Filtro /
wizard-home-filter-count = { $shown } de { $total }
wizard-home-no-match = Nenhum vínculo corresponde ao filtro (Esc o limpa).
wizard-home-col-profile-default = Vínculo (* padrão)
wizard-home-col-profile = Vínculo
wizard-home-col-host = Host
wizard-home-col-account = Conta
wizard-home-row-url = URL
wizard-home-row-email = E-mail
wizard-home-row-account = Conta
wizard-home-row-user = Usuário
wizard-home-row-token = Token
wizard-home-row-verified = Verificado
wizard-home-row-whatsapp = WhatsApp
wizard-home-row-now = Agora
wizard-home-account = { $name } (id { $id })
wizard-home-not-checked = ainda não verificado
wizard-home-checking = verificando ao vivo…
wizard-home-store-keyring = chaveiro do sistema
wizard-home-store-file = arquivo (tokens.toml, texto puro, 0600)
wizard-home-no-whatsapp = nenhuma caixa de entrada do WhatsApp encontrada
wizard-home-inboxes-none-after = nenhuma caixa escolhida; números após a verificação
wizard-home-inboxes-none-unknown = nenhuma caixa escolhida; números desconhecidos (caixas não listadas)
wizard-home-inboxes-after = caixa { $ids }; números após a verificação
wizard-home-inboxes-unknown = caixa { $ids }; números desconhecidos (caixas não listadas)
