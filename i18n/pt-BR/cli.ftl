# Saída para pessoas da linha de comando (nunca --json, a saída de env/token nem o log).

cli-error = erro: { $message }
cli-warning = aviso: { $message }
cli-no-runtime = não foi possível iniciar o ambiente assíncrono: { $error }
cli-keyring-other-ways = { $error }; sem chaveiro do sistema, salve com --insecure-storage (tokens.toml, texto puro, modo 0600) ou passe o token como credencial do systemd (docs/server.md)
cli-no-command = nenhum comando informado e não há assistente aqui: use `chatwoot-link add` ou `check`
cli-no-sandbox = esta compilação não tem ambiente de teste (compilada sem o recurso `sandbox`)

## output.rs
cli-label-user = usuário:
cli-label-account = conta:
cli-label-server = servidor:
cli-label-inboxes = caixas:
cli-label-whatsapp = whatsapp:
cli-label-warnings = avisos:
cli-summary-user = { $name } <{ $email }> (id { $id })
cli-summary-account = { $name } (id { $id }), { $role }, { $status }
cli-summary-server = Chatwoot { $version }
cli-summary-inboxes = { $total ->
    [one] 1 visível
   *[other] { $total } visíveis
}, { $whatsapp } do WhatsApp
cli-summary-inbox = { $name } (caixa de entrada { $id }, { $channel }{ $chosen ->
    [yes] , escolhida
   *[no] {""}
}): { $said }
cli-inbox-ready = pronta
cli-all-passed = todas as verificações passaram
cli-checks-failed = { $count ->
    [one] 1 verificação falhou
   *[other] { $count } verificações falharam
}

## check.rs
cli-local-failure = { $check }: { $message } (nada foi enviado)
cli-interrupted-nothing-checked = interrompido; nada foi verificado nem salvo
cli-interrupted-nothing-saved = interrompido; nada foi salvo
cli-proxy-unsent = { $error } (nada foi enviado)
cli-tls-store-unsent = { $error }: verifique o repositório de certificados TLS do sistema (nada foi enviado)
cli-token-prompt = Token de acesso da API (não aparece na tela):
cli-token-stdin-error = não foi possível ler o token do stdin ({ $error }): passe o token como uma única linha de texto
cli-token-stdin-failed = não foi possível ler o token do stdin: passe o token como uma única linha de texto

## add.rs, add_many.rs, edit.rs
cli-add-name-one = --name nomeia um só vínculo: com vários --account-id, cada vínculo recebe o nome da sua conta (tire o --name)
cli-no-token = nenhum token informado: passe-o com --token-stdin
cli-add-needs-account = add precisa de --account-id (o número depois de /app/accounts/ no endereço do painel), de uma URL do painel que o contenha ou de --all-admin-accounts
cli-add-needs-account-short = add precisa de --account-id, de uma URL do painel que o contenha ou de --all-admin-accounts
cli-account-id-invalid = --account-id { $given } não é um número inteiro positivo (o número depois de /app/accounts/ no endereço do painel)
cli-nothing-saved-fix = nada foi salvo: corrija o que falhou e execute o comando novamente
cli-save-failed = todas as verificações passaram, mas não foi possível salvar o vínculo: { $error }. Nada foi salvo
cli-save-failed-tried = todas as verificações passaram, mas não foi possível salvar o vínculo (tentativa em { $place }: { $describe }): { $error }. Nada foi salvo
cli-saved = vínculo { $name } salvo: { $host }, conta { $account_id } ({ $account_name }), token em { $place }
cli-saved-default = vínculo { $name } salvo (o vínculo padrão): { $host }, conta { $account_id } ({ $account_name }), token em { $place }
cli-many-save-failed = as contas foram verificadas, mas não foi possível salvar os vínculos (tentativa em { $place }): { $error }. Nada foi salvo
cli-many-account = conta { $account_id }
cli-many-account-named = conta { $account_id } ({ $account_name })
cli-many-result = { $what }: { $message }
cli-many-not-linked = { $what }: não vinculada: { $message }
cli-many-none-linked = { $chosen ->
    [one] 0 de 1 conta vinculada: nada foi salvo
   *[other] 0 de { $chosen } contas vinculadas: nada foi salvo
}
cli-many-linked = { $chosen ->
    [one] { $saved } de 1 conta vinculada; o token fica salvo uma só vez, em { $place }, para { $names }
   *[other] { $saved } de { $chosen } contas vinculadas; o token fica salvo uma só vez, em { $place }, para { $names }
}
cli-edit-nothing = nada para alterar: passe --url, --email, --account-id, --token-stdin, --inbox, --no-inbox, --ca-cert, --no-ca-cert ou --name (em um terminal, `chatwoot-link edit NAME` sozinho abre o assistente)
cli-edit-stdin-empty = --token-stdin foi informado, mas o stdin estava vazio: passe o novo token, ou tire a opção para manter o token salvo
cli-edit-token-unreadable = não foi possível ler o token salvo de { $name }, necessário para verificar o vínculo novamente: { $error }

## remove.rs (unlink)
cli-unlink-what = { $name } ({ $host }, conta { $account_id }, { $account_name })
cli-unlink-ask = Desvincular { $what }?
cli-unlink-ask-rotate = Desvincular { $what } e redefinir o token dele no servidor? Todos os outros programas que usam esse token vão parar de funcionar.
cli-unlink-ask-rotate-sharing = Desvincular { $what } e redefinir o token dele no servidor? Todos os outros programas que usam esse token vão parar de funcionar (os vínculos locais { $names } recebem o novo).
cli-unlink-remains = { $name } foi desvinculado (removido da configuração), mas o token dele continua em { $place } (entrada { $key }): { $error }. Depois de resolver isso, `chatwoot-link doctor --fix` o apaga (agora ele é um órfão deste diretório de configuração)
cli-unlink-remains-by-hand = { $name } foi desvinculado (removido da configuração), mas o token dele continua em { $place } (entrada { $key }): { $error }. Depois de resolver isso, `chatwoot-link doctor --fix` o apaga (agora ele é um órfão deste diretório de configuração), ou à mão: `{ $command }`
cli-unlinked = { $what } foi desvinculado: removido da configuração
cli-unlink-token-deleted = o token dele foi apagado de { $place }
cli-unlink-token-gone = o token dele já não estava em { $place }
cli-unlink-token-shared = o token dele continua em { $place }: { $names } ainda o usam (vinculados juntos, eles o compartilham)
cli-unlink-rotated = o token foi redefinido antes no servidor: o antigo não funciona mais em lugar nenhum
cli-unlink-still-valid = o token continua válido no servidor (o Chatwoot não consegue revogá-lo): para invalidá-lo, redefina-o no Chatwoot em Configurações do Perfil → Token de acesso (todos os programas que o usam vão parar de funcionar)
cli-unlink-others = { $count ->
    [one] o vínculo local { $names } ainda usa este token
   *[other] os vínculos locais { $names } ainda usam este token
}
cli-default-is = o vínculo padrão é { $name }
cli-no-default = agora não há vínculo padrão

## rotate.rs
cli-rotate-ask = Redefinir o token de acesso da API de { $user } em { $host }? O token atual para de funcionar na hora para todos os programas que o usam; o novo fica salvo para: { $names }.
cli-rotate-sharing = vínculos que compartilham este token (mesma URL e usuário): { $names }
cli-rotate-done = o token de { $user } em { $host } foi redefinido no servidor; o novo fica salvo para { $names } (nunca é exibido). O token antigo não funciona mais: atualize qualquer outro programa que o usava.

## rename.rs, default.rs
cli-renamed = { $old } agora se chama { $new }.
cli-default-now = { $name } agora é o vínculo padrão.

## linked.rs
cli-ca-cert-unreadable = não foi possível ler --ca-cert { $file }: { $error }
cli-ca-cert-untrusted = não é possível confiar em --ca-cert { $file }: { $error }. Salve o certificado do servidor (ou o da CA dele) em formato PEM, por exemplo com `openssl s_client -connect HOST:443 -showcerts`
cli-confirm-needs-terminal = { $command } precisa de uma confirmação e não há terminal para perguntar: passe --yes
cli-confirm-suffix = [s/N]
cli-confirm-yes = s|sim
cli-cancelled = cancelado; nada foi alterado
cli-exposed = { $problem }; nada será salvo lá até que isso seja resolvido


## list.rs
cli-list-empty = Ainda não há vínculos em { $dir }: adicione um com `chatwoot-link add` ou execute `chatwoot-link`.
cli-list-name = NOME
cli-list-url = URL
cli-list-account = CONTA
cli-list-email = E-MAIL
cli-list-token = TOKEN
cli-list-verified = VERIFICADO
cli-list-file-note = TOKEN "file": salvo em texto puro em { $path } (modo 0600), não no chaveiro do sistema.
cli-account-cell = { $account_id } ({ $account_name })

## show.rs
cli-show-profile = vínculo
cli-show-url = url
cli-show-email = e-mail
cli-show-account = conta
cli-show-user = usuário
cli-show-server = servidor
cli-show-inboxes = caixas
cli-show-verified = verificado
cli-show-token = token
cli-show-id = id
cli-show-name-default = { $name } (padrão)
cli-show-user-value = { $name } (id { $id }, { $role })
cli-show-no-inboxes = nenhuma escolhida
cli-show-token-keyring = no chaveiro do sistema (serviço { $service }, usuário { $username })
cli-show-token-file = em texto puro em { $path } (armazenamento em arquivo)

## status.rs
cli-status-empty = ainda não há vínculos: vincule um com `chatwoot-link add` (veja --help)
cli-status-interrupted = interrompido; os vínculos verificados até agora estão listados acima
cli-status-not-recorded = as verificações rodaram, mas não foi possível registrar verified_at: { $error }
cli-status-token-unreadable = não foi possível ler o token: { $error }
cli-status-line = { $host }  conta { $account_id }  { $message }
cli-status-summary = { $total ->
    [one] 1 vínculo
   *[other] { $total } vínculos
}: { $passed ->
    [one] 1 aprovado
   *[other] { $passed } aprovados
}{ $warned ->
    [0] {""}
   *[other] {" "}({ $warned } com avisos)
}{ $failed ->
    [0] {""}
    [one] , 1 falhou
   *[other] , { $failed } falharam
}

## token.rs, env.rs
cli-using-profile-env = usando o vínculo { $name } (indicado por { $variable }; { $count ->
    [one] há { $count } vínculo
   *[other] há { $count } vínculos
}: informe um para escolher outro)
cli-using-profile-default = usando o vínculo { $name } (o padrão; { $count ->
    [one] há { $count } vínculo
   *[other] há { $count } vínculos
}: informe um para escolher outro)

## log.rs
cli-log-no-dir = --verbose: nenhum log é gravado: { $error }
cli-log-cannot-write = --verbose: não é possível gravar { $path }: { $error }; continuando sem log

## sandbox.rs
cli-sandbox-scenarios-heading = Cenários (repita --scenario para combiná-los):
cli-sandbox-unknown-scenario = cenário desconhecido `{ $name }`
    { $list }
cli-sandbox-port-in-use = a porta { $port } está em uso: escolha outra com --port (ou --port 0 para qualquer porta livre)
cli-sandbox-port-privileged = a porta { $port } exige privilégios: escolha uma acima de 1023 com --port
cli-sandbox-cannot-listen = não é possível escutar em 127.0.0.1:{ $port }: { $error }
cli-sandbox-listening = Ambiente de teste do Chatwoot { $version } escutando em { $url }
cli-sandbox-latency = latência: { $ms } ms em cada resposta
cli-sandbox-scenarios = cenários: { $names }
cli-sandbox-users = Usuários de demo (os tokens são valores de demo públicos, válidos só aqui):
cli-sandbox-acme = administrador, ativa, WhatsApp + WhatsApp da Twilio + widget web
cli-sandbox-beta = agente, ativa
cli-sandbox-oldco = administrador, suspensa
cli-sandbox-solo = administrador, ativa, sem caixa de entrada do WhatsApp
cli-sandbox-agency = contas 1, 4 administrador (ativas), 3 administrador (suspensa), 2 agente
cli-sandbox-bot-token = token de bot de agente
cli-sandbox-platform-token = token de app de plataforma
cli-sandbox-try = Experimente, em outro terminal:
cli-sandbox-stop-hint = Ctrl-C encerra o ambiente de teste.
cli-sandbox-stopped = ambiente de teste encerrado
cli-sandbox-account = conta { $id }

## main/wizard.rs
cli-wizard-needs-terminal = o assistente precisa de um terminal: em scripts use `chatwoot-link add` (verificar e salvar) ou `chatwoot-link check` (só verificar); veja --help
cli-wizard-terminal-failed = o terminal falhou ({ $error }): use `chatwoot-link add` (veja --help)
cli-demo-sandbox-failed = não foi possível iniciar o ambiente de teste da demo em 127.0.0.1: { $error }
cli-demo-no-data-dir = não foi possível encontrar um diretório de dados para este usuário (HOME está definido?)
cli-demo-cannot-empty = não foi possível esvaziar o diretório da demo { $dir }: { $error }

## check.rs: resultados de verificação
cli-check-missing-token = nenhum token informado: passe-o com --token-stdin ou defina CHATWOOT_LINK_TOKEN (Configurações do Perfil → Token de acesso no Chatwoot)
cli-check-not-sent-input = não verificado: nada foi enviado porque um dado está incorreto
cli-check-interrupted = não verificado: interrompido
cli-check-no-client = não verificado: não foi possível configurar o cliente HTTP
cli-check-token-interrupted = não verificado: interrompido enquanto o token era lido
cli-check-token-unreadable = não verificado: não foi possível ler o token

cli-man-write-failed = não é possível gravar a página de manual no stdout: { $error }
cli-completions-write-failed = não é possível gravar os autocompletes no stdout: { $error }
