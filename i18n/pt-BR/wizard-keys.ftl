# As teclas do assistente: as palavras curtas da barra de teclas e as linhas da ajuda (F1).
# Os nomes das teclas (Enter, Esc, Tab, Ctrl-O, F1, letras) não entram aqui.

## Ajuda (F1): o que cada tecla faz.
wizard-keys-help-quit-at-once-saving-nothing = sair já, sem salvar nada
wizard-keys-help-suspend-fg-resumes = suspender (fg retoma)
wizard-keys-help-next-previous-profile = vínculo seguinte / anterior
wizard-keys-help-page-first-last = página, primeiro, último
wizard-keys-help-add-a-profile = adicionar um vínculo
wizard-keys-help-edit-the-selected-profile = editar o vínculo selecionado
wizard-keys-help-check-it-live-again = verificá-lo novamente ao vivo
wizard-keys-help-check-every-profile-live-again = verificar todos novamente ao vivo
wizard-keys-help-make-it-the-default = torná-lo o padrão
wizard-keys-help-rename-it = renomeá-lo
wizard-keys-help-unlink-it-asks-first = desvinculá-lo (pergunta antes)
wizard-keys-help-copy-its-env-lines-no-token = copiar as linhas env (sem token)
wizard-keys-help-open-its-token-page-in-the = abrir a página do token no navegador
wizard-keys-help-filter-by-name-host-or-account = filtrar por nome, host ou conta
wizard-keys-help-quit = sair
wizard-keys-help-this-list = esta lista
wizard-keys-help-done-filtering = concluir o filtro
wizard-keys-help-clear-the-filter = limpar o filtro
wizard-keys-help-rename-the-profile = renomear o vínculo
wizard-keys-help-keep-the-old-name = manter o nome antigo
wizard-keys-help-save-the-profile = salvar o vínculo
wizard-keys-help-scroll-a-short-terminal = rolar (terminal baixo)
wizard-keys-help-store-the-token-in-a-file = salvar o token num arquivo (sem chaveiro)
wizard-keys-help-changed-on-disk-build-on-the = mudou no disco: partir dessa versão
wizard-keys-help-back-to-the-form = voltar ao formulário
wizard-keys-help-exit = sair
wizard-keys-help-copy-the-url-osc-52-works = copiar a URL (OSC 52, funciona via SSH)
wizard-keys-help-copy-the-account-id = copiar o ID da Conta
wizard-keys-help-unlink-the-profile = desvincular o vínculo
wizard-keys-help-also-reset-the-token-on-the = redefinir também o token no servidor
wizard-keys-help-keep-it-back-to-the-profiles = mantê-lo, voltar aos vínculos
wizard-keys-help-back-to-the-profiles = voltar aos vínculos
wizard-keys-help-close-this-list = fechar esta lista
wizard-keys-help-scroll-this-list = rolar esta lista
wizard-keys-help-page-top-bottom = página, início, fim
wizard-keys-help-trust-it-for-this-profile-s = confiar nele, só para esta URL
wizard-keys-help-do-not-trust-it = não confiar nele
wizard-keys-help-quit-or-back-to-the-profiles = sair (ou voltar aos vínculos) sem o formulário
wizard-keys-help-keep-editing = continuar editando
wizard-keys-help-save-the-profiles-one-token-for = salvar os vínculos (um token para todos)
wizard-keys-help-choose-an-account = escolher uma conta
wizard-keys-help-rename-the-chosen-account-s-profile = renomear o vínculo escolhido
wizard-keys-help-next-previous-field = campo seguinte / anterior
wizard-keys-help-next-previous-field-list-move = campo seg. / ant.; lista: mover
wizard-keys-help-next-field-last-field-review = campo seguinte; no último: revisar
wizard-keys-help-mark-an-account-choose-an-inbox = marcar conta / escolher caixa
wizard-keys-help-show-or-hide-the-token = mostrar ou ocultar o token
wizard-keys-help-empty-url-chatwoot-cloud-s-url = URL vazia: a do Chatwoot Cloud
wizard-keys-help-check-again-cancels-a-slow-check = verificar novamente (cancela a lenta)
wizard-keys-help-switch-the-url-to-https = mudar a URL para https://
wizard-keys-help-allow-plain-http-asks-only-for = permitir HTTP sem TLS (pergunta)
wizard-keys-help-trust-the-server-s-certificate-asks = confiar no certificado (pergunta)
wizard-keys-help-open-the-token-s-page-in = abrir a página do token no navegador
wizard-keys-help-close-the-list-else-quit-asks = fechar a lista, ou sair (pergunta)

## Barra de teclas: palavras curtas (a barra omite as entradas que não cabem).
wizard-keys-bar-add = novo
wizard-keys-bar-quit = sair
wizard-keys-bar-keys = ajuda
wizard-keys-bar-edit = editar
wizard-keys-bar-verify = verificar
wizard-keys-bar-rename = renomear
wizard-keys-bar-unlink = desvincular
wizard-keys-bar-filter = filtrar
wizard-keys-bar-done = pronto
wizard-keys-bar-clear-the-filter = limpar o filtro
wizard-keys-bar-cancel = cancelar
wizard-keys-bar-use-the-version-on-disk = usar a versão do disco
wizard-keys-bar-back = voltar
wizard-keys-bar-file-store = em arquivo
wizard-keys-bar-try-the-keyring = tentar o chaveiro
wizard-keys-bar-save = salvar
wizard-keys-bar-back-to-the-form = ao formulário
wizard-keys-bar-back-to-the-profiles = aos vínculos
wizard-keys-bar-copy-url = copiar URL
wizard-keys-bar-copy-account-id = copiar ID da Conta
wizard-keys-bar-exit = sair
wizard-keys-bar-also-reset-the-token = redefinir o token
wizard-keys-bar-keep-it = manter
wizard-keys-bar-account = conta
wizard-keys-bar-cancel-and-retry = cancelar e tentar de novo
wizard-keys-bar-pick = escolher
wizard-keys-bar-close-list = fechar lista
wizard-keys-bar-next = próximo
wizard-keys-bar-inbox = caixa
wizard-keys-bar-choose = escolher
wizard-keys-bar-mark = marcar
wizard-keys-bar-review-the-marked = revisar marcadas
wizard-keys-bar-profiles = vínculos
wizard-keys-bar-show-hide-token = ver/ocultar token
wizard-keys-bar-review = revisar
wizard-keys-bar-to-filter = para filtrar
wizard-keys-bar-type = digite
wizard-keys-bar-scroll = rolar
wizard-keys-bar-close = fechar

## A janela do F1, a pergunta ao sair, a linha de status e a tela pequena demais.
wizard-keys-overlay-title = Teclas (Esc fecha)
wizard-keys-discard-title = Descartar?
wizard-keys-discard-question = Descartar as alterações e voltar aos vínculos?
wizard-keys-discard-keys = { $y } descarta, { $n } ou { $esc } continua editando.
wizard-keys-quit-title = Sair?
wizard-keys-quit-question = Sair sem salvar nada?
wizard-keys-quit-keys = { $y } sai, { $n } ou { $esc } continua editando.
wizard-keys-slow-server = aguardando o servidor{ $ellipsis } { $secs } s
wizard-keys-slow-connecting = conectando{ $ellipsis } { $secs } s
wizard-keys-too-small-title = Terminal pequeno demais
wizard-keys-too-small = O tamanho é { $width }x{ $height }; o assistente precisa de pelo menos { $min_width }x{ $min_height }. Aumente a janela ou use `chatwoot-link add` (veja --help). Ctrl-C sai.
# The F1 box when its rows do not all fit (a short terminal): lines out of view.
wizard-keys-more-below = { $count ->
    [one] ↓ mais { $count } linha
   *[other] ↓ mais { $count } linhas
}
wizard-keys-more-above = { $count ->
    [one] ↑ { $count } linha acima
   *[other] ↑ { $count } linhas acima
}
wizard-keys-more-both = ↑ { $above } acima, ↓ { $below } abaixo
