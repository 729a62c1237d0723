# As telas do assistente depois de salvar, a pergunta de desvincular e o resultado, e a
# revisão e o final de várias contas. Os comandos ficam como estão.

## Concluído
wizard-done-title = { $name } vinculado
wizard-done-title-short = Vinculado
wizard-done-linked = { $name } está vinculado e verificado.
wizard-done-row-profile = Vínculo
wizard-done-row-profiles = Vínculos
wizard-done-row-token = Token
wizard-done-row-url = URL
wizard-done-row-account-id = ID da Conta
wizard-done-next = Próximos passos:
wizard-done-demo = Demo: adicione --config-dir { $dir } a estes comandos; o servidor demo para junto com o assistente, então primeiro execute `{ $command } sandbox --port { $port }` em outro terminal.
wizard-done-cmd-status = verificar novamente
wizard-done-cmd-token = o token, para scripts
wizard-done-cmd-env = linhas export para .env
wizard-done-cmd-rust = em Rust
wizard-done-cmd-status-all = verificar todos novamente ao vivo
wizard-done-cmd-list = os vínculos

## Desvincular
wizard-unlink-title = Desvincular { $name }
wizard-unlink-title-done = { $name } desvinculado
wizard-unlink-title-kept = { $name } não foi desvinculado
wizard-unlink-title-short = Desvincular
wizard-unlink-running-reset = Redefinindo o token no servidor e desvinculando { $name }…
wizard-unlink-running = Desvinculando { $name }…
wizard-unlink-back = { $enter } volta aos vínculos.
wizard-unlink-question = Desvincular { $name }: { $host }, conta { $account_id } ({ $account })?
wizard-unlink-leaves = A entrada sai da configuração e o token, { $store ->
    [keyring] do chaveiro do sistema
   *[file] do arquivo de tokens
}. O Chatwoot não revoga tokens: ele segue válido no servidor se não for redefinido.
wizard-unlink-reset-option = redefinir também o token no servidor (t ou Space)
wizard-unlink-reset-warning = Qualquer outra integração com este token para de funcionar na hora.
wizard-unlink-no-others = Nenhum outro vínculo local o usa.
wizard-unlink-others-get-new = Os vínculos locais que o compartilham recebem o token novo: { $names }.
wizard-unlink-others = Vínculos locais que o compartilham: { $names }.
wizard-unlink-keys = { $y } desvincula; { $n }, { $esc } ou { $enter } mantêm.
wizard-unlink-what = { $name } ({ $host }, conta { $account_id }, { $account })
wizard-unlink-not-removed = O vínculo { $what } não foi removido: nada foi alterado.
wizard-unlink-removed = O vínculo { $what } foi removido da configuração.
wizard-unlink-token-deleted = O token foi apagado { $store ->
    [keyring] do chaveiro do sistema
   *[file] do arquivo de tokens (tokens.toml)
}.
wizard-unlink-token-gone = O token já não estava { $store ->
    [keyring] no chaveiro do sistema
   *[file] no arquivo de tokens (tokens.toml)
}.
wizard-unlink-token-shared = O token continua { $store ->
    [keyring] no chaveiro do sistema
   *[file] no arquivo de tokens (tokens.toml)
}: { $names } ainda o usam.
wizard-unlink-token-failed = Não foi possível apagar o token { $store ->
    [keyring] do chaveiro do sistema
   *[file] do arquivo de tokens (tokens.toml)
} ({ $error }): `chatwoot-link doctor --fix` o remove depois.
wizard-unlink-default-is = O vínculo padrão é { $name }.
wizard-unlink-no-default = Agora não há vínculo padrão.
wizard-unlink-rotated = O token foi redefinido antes no servidor: o antigo não funciona mais em lugar nenhum.
wizard-unlink-still-valid = O token em si continua válido no servidor (o Chatwoot não o revoga). Para invalidá-lo, redefina-o no Chatwoot em Configurações do Perfil → Token de acesso; todo programa que o usa para de funcionar.
wizard-unlink-still-used = { $count ->
    [one] O vínculo local { $names } ainda usa este token.
   *[other] Os vínculos locais { $names } ainda usam este token.
}

## Várias contas: revisão
wizard-multi-title = { $count ->
    [one] Revisão: { $count } vínculo, um token
   *[other] Revisão: { $count } vínculos, um token
}
wizard-multi-title-short = Revisão
wizard-multi-row-chatwoot = Chatwoot
wizard-multi-row-user = Usuário
wizard-multi-row-token-to = Token em
wizard-multi-row-profile-to = Vínculos em
wizard-multi-server = { $url } (versão { $version })
wizard-multi-user = { $name } <{ $email }>, ID de usuário { $id }
wizard-multi-more-below = ↓ { $count ->
    [one] mais { $count } linha
   *[other] mais { $count } linhas
}
wizard-multi-more-above = ↑ { $count ->
    [one] { $count } linha acima
   *[other] { $count } linhas acima
}
wizard-multi-more-both = ↑ { $up } acima, ↓ { $down } abaixo
wizard-multi-token-not-chosen = ainda não escolhido: o chaveiro do sistema não responde (veja abaixo)
wizard-multi-token-keyring = chaveiro do sistema, uma vez para todos
wizard-multi-token-file = { $path } (arquivo), uma vez para todos
wizard-multi-checking = verificando…
wizard-multi-not-saved = não salvo: { $why }
wizard-multi-inboxes = { $total ->
    [one] { $total } caixa de entrada
   *[other] { $total } caixas de entrada
}, { $whatsapp } do WhatsApp
wizard-multi-linked-elsewhere = já vinculada como { $names }
wizard-multi-save-failed = Não salvo: { $why }
wizard-multi-keyring-unreachable = O chaveiro do sistema não responde: { $reason }
wizard-multi-enter-renaming = mantém o nome digitado; Esc mantém o antigo.
wizard-multi-enter-waits = aguarda as verificações…
wizard-multi-enter-save-all = { $count ->
    [one] salva o vínculo; n o renomeia; Esc volta.
   *[other] salva os { $count } vínculos; n renomeia o escolhido; Esc volta.
}
wizard-multi-enter-save-some = { $passing ->
    [one] salva o { $passing } aprovado ({ $failing } não); n renomeia; Esc volta.
   *[other] salva os { $passing } aprovados ({ $failing } não); n renomeia; Esc volta.
}

## Várias contas: concluído
wizard-multi-done-title = { $count ->
    [one] { $count } vínculo criado
   *[other] { $count } vínculos criados
}
wizard-multi-done-saved = { $name }: conta { $account }, vinculada e verificada
wizard-multi-done-not-saved = conta { $account } não salva: { $why }

## Avisos e o resumo impresso ao sair do assistente.
wizard-multi-only-new = Várias contas são vinculadas a partir de um vínculo novo (a).
wizard-multi-account-inactive = A conta { $id } está { $status }: não pode ser vinculada.
wizard-multi-not-admin = Conta { $id }: o usuário é { $role } lá; só administradores podem vinculá-la.
wizard-multi-waiting = Aguardando as verificações das contas…
wizard-multi-none-passed = Nenhuma conta marcada passou na verificação: nada a salvar.
wizard-multi-summary-linked = Vinculado { $name }: { $host }, conta { $account_id }
wizard-multi-interrupted = interrompido depois de salvar: { $names } estão vinculados
wizard-unlink-kept = { $name } mantido: nada foi alterado.
wizard-unlink-summary = Desvinculado { $name }: { $host }, conta { $account_id }

## Onde o token ficou (telas finais) e erros ao salvar.
wizard-done-place-keyring = chaveiro do sistema → "{ $label }"
wizard-done-place-file = { $path } (arquivo de tokens, modo 0600)
wizard-done-save-failed = vínculo { $name }: { $error }
wizard-multi-nothing-saved = nada foi salvo: { $error }
wizard-multi-place-keyring = chaveiro do sistema, { $count ->
    [one] uma entrada para o vínculo
   *[other] uma entrada compartilhada pelos { $count } vínculos
}
wizard-multi-place-file = { $path } (arquivo de tokens, modo 0600), { $count ->
    [one] para o vínculo
   *[other] uma vez para os { $count } vínculos
}
wizard-multi-marked = { $count ->
    [one] { $count } conta marcada: Enter a revisa, um vínculo por conta.
   *[other] { $count } contas marcadas: Enter as revisa, um vínculo por conta.
}
