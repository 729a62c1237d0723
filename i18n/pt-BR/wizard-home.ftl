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

wizard-home-name-taken = já existe um vínculo chamado { $name }: escolha outro nome
wizard-home-quit-busy = Salvando a alteração primeiro: saia de novo em instantes.
wizard-home-copied-env = { $count ->
    [one] { $count } linha env de { $name } (sem token) copiada para a área de transferência (OSC 52).
   *[other] { $count } linhas env de { $name } (sem token) copiadas para a área de transferência (OSC 52).
}
wizard-home-token-missing = o token salvo sumiu: digite-o de novo (ou cole); ao salvar, ele é guardado e o resto do vínculo é mantido
wizard-home-token-unreadable = não foi possível ler o token salvo ({ $error }): digite o token para substituí-lo
wizard-home-reload-failed = não foi possível ler os vínculos de novo: { $error }
wizard-home-secret-missing = o token sumiu { $store ->
    [keyring] do chaveiro do sistema
   *[file] de tokens.toml (texto puro, 0600)
}: Enter para digitá-lo de novo
wizard-home-verified-not-recorded = as verificações rodaram, mas não foi possível registrar a hora da verificação: { $error }
wizard-home-default-set = { $name } agora é o vínculo padrão.
wizard-home-renamed = { $old } foi renomeado para { $name }.
wizard-home-default-failed = o padrão não foi alterado: { $error }
wizard-home-rename-failed = { $old } não foi renomeado: { $error }
wizard-home-url-unknown = A URL ainda não é conhecida: digite-a primeiro.
wizard-home-opening = Abrindo { $page } (o Token de acesso está lá).
wizard-home-no-browser = Sem navegador aqui: abra { $page }
wizard-home-browser-failed = { $error }: abra { $url } você mesmo.

wizard-home-save-deadline = interrompido: o salvamento não terminou em 5 s; ele se completa ou é desfeito sozinho. Execute `chatwoot-link list` para ver se o vínculo existe.
wizard-home-interrupted-unlink = interrompido ao desvincular { $name }: isso se completa sozinho ou não acontece; execute `chatwoot-link list` para ver se ainda está vinculado
wizard-home-cancelled-unlink = cancelado: nada foi desvinculado
wizard-home-finishing-save = Terminando de salvar antes de sair (no máximo 5 s)…
wizard-home-cancelled-form = cancelado: o formulário em andamento não foi salvo (as alterações anteriores ficam)
wizard-home-cancelled = cancelado: nada foi salvo
wizard-home-opener-failed = não foi possível iniciar { $opener }: { $error }
