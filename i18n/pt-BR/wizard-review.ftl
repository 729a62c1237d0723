# A revisão do assistente.

wizard-review-title = Revisão: { $name }
wizard-review-title-short = Revisão
wizard-review-key-chatwoot = Chatwoot
wizard-review-key-user = Usuário
wizard-review-key-account = Conta
wizard-review-key-inboxes = Caixas
wizard-review-key-chosen = Escolhidas
wizard-review-key-token-to = Token em
wizard-review-key-profile-to = Vínculo em
wizard-review-server = { $url } (versão { $version })
wizard-review-user = { $name } <{ $email }>, ID de usuário { $id }
wizard-review-account = { $name }, ID { $id }: { $role }, { $status }
wizard-review-inboxes = { $total } no total, { $whatsapp } do WhatsApp
wizard-review-inboxes-named = { $total } no total, { $whatsapp } do WhatsApp: { $names }
wizard-review-chosen-none = nenhuma caixa de entrada escolhida (qualquer uma pode ser usada)
wizard-review-chosen-unknown = caixa de entrada { $id }
wizard-review-token-keyring = chaveiro do sistema, como "{ $label }"
wizard-review-token-file = { $path } (arquivo de tokens)
wizard-review-token-not-chosen = ainda não escolhido: o chaveiro do sistema não está acessível (veja abaixo)
wizard-review-token-kept-keyring = o token salvo, mantido no chaveiro do sistema
wizard-review-token-kept-file = o token salvo, mantido em { $path }
wizard-review-linked-elsewhere = Esta conta já está vinculada como { $names }: dois vínculos para uma mesma conta são fáceis de confundir.

wizard-review-more-below = { $count ->
    [one] ↓ mais { $count } linha
   *[other] ↓ mais { $count } linhas
}
wizard-review-more-above = { $count ->
    [one] ↑ { $count } linha acima
   *[other] ↑ { $count } linhas acima
}
wizard-review-more-both = ↑ { $above } acima, ↓ { $below } abaixo

wizard-review-keyring-unreachable = O chaveiro do sistema não está acessível: { $reason }
wizard-review-enter-saves = { $key } salva; Esc volta para mudar algo.
wizard-review-enter-retry-keyring = { $key } tenta o chaveiro novamente (desbloqueie ou inicie-o antes); Esc volta.
wizard-review-changed = Não salvo: o vínculo { $name } mudou no disco desde que foi carregado (outro chatwoot-link o editou): { $what }.
wizard-review-changed-reload = { $key } parte da versão do disco, mantendo seus valores no formulário; Esc volta.
wizard-review-removed = Não salvo: o vínculo { $name } foi removido do disco desde que foi carregado. Esc volta; adicione-o novamente a partir dos vínculos.
wizard-review-failed = Não salvo: { $message }
wizard-review-enter-retry = { $key } tenta novamente; Esc volta.
wizard-review-saving = Salvando…
wizard-review-file-store-offer = { $key } guarda o token em { $path }: um arquivo de texto puro (modo 0600), sem criptografia, legível por qualquer um que possa ler seus arquivos ou backups.

wizard-review-changed-renamed = renomeado para { $name }
wizard-review-changed-url = URL agora { $url }
wizard-review-changed-email = e-mail agora { $email }
wizard-review-changed-account-id = ID da Conta agora { $id }
wizard-review-changed-token = um token novo
wizard-review-changed-other = detalhes que o formulário não mostra

wizard-review-notice-changed = Mudou no disco: r parte dessa versão, Esc volta.
wizard-review-notice-copied-url = { $url } copiada para a área de transferência (OSC 52).
wizard-review-notice-copied-id = ID da Conta { $id } copiado para a área de transferência (OSC 52).
wizard-review-notice-reloaded = O vínculo foi recarregado como está no disco: Enter salva seus valores por cima.
wizard-review-linked = Vinculado { $name }: { $host }, conta { $id }
wizard-review-saved = Salvo { $name }: { $host }, conta { $id }
wizard-review-interrupted-saved = interrompido depois que o salvamento terminou: o vínculo { $name } está vinculado
wizard-review-interrupted = interrompido: nada foi salvo ({ $why })
wizard-review-why-changed = o vínculo mudou no disco desde que foi carregado
