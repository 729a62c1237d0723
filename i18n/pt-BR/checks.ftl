checks-checking-url = consultando o servidor (GET /api)…
checks-checking-token = consultando de quem é o token (GET /api/v1/profile)…
checks-checking-email = aguardando o perfil do token…
checks-checking-account = aguardando as contas do token…
checks-checking-inboxes = listando as caixas de entrada (GET /api/v1/accounts/<id>/inboxes)…
checks-checking-operations = consultando webhooks e conversas (GET …/webhooks, …/conversations/meta)…
checks-checking-whatsapp = verificando as caixas de entrada do WhatsApp e a saúde dos números…
checks-skipped-needs-url = não verificado: a verificação da URL falhou
checks-skipped-needs-token = não verificado: a verificação do token falhou
checks-skipped-needs-account = não verificado: a verificação da conta falhou
checks-skipped-needs-inboxes = não verificado: a verificação das caixas de entrada falhou
checks-not-checked = não verificado
checks-skipped-url-unusable = não verificado: a URL não pode ser usada
checks-skipped-no-token = nenhum token informado: copie-o em seu avatar → Configurações do Perfil → Token de acesso
checks-skipped-no-email = nenhum e-mail informado
checks-skipped-no-account-id-where = nenhum ID da Conta informado: é o número depois de /app/accounts/ no endereço de qualquer página do painel
checks-skipped-no-account-id = nenhum ID da Conta informado
checks-skipped-account-id-unusable = não verificado: o ID da Conta não pode ser usado
checks-skipped-needs-valid-token = não verificado: precisa de um token válido
checks-skipped-input-wrong = não verificado: nada foi enviado porque um dado está errado
checks-url-assumed-https = { $error }; nenhum esquema foi informado, então https foi tentado: se o servidor usa HTTP sem criptografia, { $remedy }
checks-url-degraded = Chatwoot { $version } em { $origin }, mas ele relata falhas no Redis ou no banco de dados: as próximas solicitações podem falhar; peça ao administrador dele que os verifique
checks-url-degraded-warning = o Chatwoot em { $origin } relata falhas no Redis ou no Postgres (GET /api)
checks-url-ok = Chatwoot { $version } em { $origin }
checks-url-too-old = o Chatwoot { $version } é anterior ao 4.3.0: o token não pode ser rotacionado daqui (revogar apenas desvincula)
checks-token-ok = válido: o token de { $name } <{ $email }> (usuário { $id })
checks-email-ok = { $email } é o dono do token
checks-email-mismatch = o token pertence a { $name } <{ $email }>, não a { $given }: use o token de { $given } (Configurações do Perfil → Token de acesso) ou informe { $email }
checks-account-not-member = { $name } não é membro da conta { $account_id }; { $accounts }: use o número depois de /app/accounts/ no endereço de qualquer página do painel
checks-accounts-none = o usuário do token não pertence a nenhuma conta
checks-accounts-list = o token dá acesso a { $list }
checks-account-suspended = a conta { $account_id } ({ $account }) está suspensa: peça ao administrador da instalação que a reative
checks-account-not-admin-none = { $name } é membro sem função na conta { $account_id } ({ $account }), não administrador: use o token de um administrador, ou peça a um administrador dessa conta que promova { $name }
checks-account-not-admin-agent = { $name } é agente na conta { $account_id } ({ $account }), não administrador: use o token de um administrador, ou peça a um administrador dessa conta que promova { $name }
checks-account-not-admin-role = { $name } tem a função '{ $role }' na conta { $account_id } ({ $account }), não administrador: use o token de um administrador, ou peça a um administrador dessa conta que promova { $name }
checks-account-ok = { $account } (conta { $account_id }): administrador, ativa
checks-inboxes-no-whatsapp = { $total ->
    [one] a única caixa de entrada da conta { $account_id } não é do WhatsApp: adicione uma em Configurações → Caixas de Entrada, ou confira o ID da Conta
   *[other] nenhuma das { $total } caixas de entrada da conta { $account_id } é do WhatsApp: adicione uma em Configurações → Caixas de Entrada, ou confira o ID da Conta
}
checks-inboxes-ok = { $total ->
    [one] { $total } caixa de entrada, { $whatsapp } do WhatsApp: { $names }
   *[other] { $total } caixas de entrada, { $whatsapp } do WhatsApp: { $names }
}
checks-email-invalid = { $given } não é um endereço de e-mail: informe o e-mail de login do usuário principal
checks-account-id-invalid = { $given } não é um ID da Conta: use o número depois de /app/accounts/ no endereço de qualquer página do painel
checks-account-id-mismatch = o ID da Conta { $id } é diferente do { $hint } na URL do painel; { $id } é usado
checks-account-id-from-url = o ID da Conta { $id } foi obtido da URL do painel
checks-url-empty = informe a URL do Chatwoot: o endereço em que você abre o painel, por exemplo https://app.chatwoot.com
checks-url-invalid = não é uma URL ({ $reason }): informe o endereço em que você abre o painel, por exemplo https://chat.example.com
checks-url-no-host = sem nome de host
checks-url-scheme = a URL deve começar com https:// (ou http:// para testes locais), não com { $scheme }://
checks-url-insecure = HTTP sem criptografia para { $origin } exporia o token: use https, ou { $remedy }
checks-url-insecure-proxied = HTTP sem criptografia para { $origin } passa pelo proxy { $proxy }, então o token atravessaria a rede às claras: use https, deixe o host ignorar o proxy com NO_PROXY, ou { $remedy }
checks-url-path-ignored = o caminho da URL foi descartado: o Chatwoot roda na raiz do host, então { $origin } é usado
checks-url-http-allowed-proxied = HTTP sem criptografia para { $origin } através do proxy { $proxy } (--allow-http): o token atravessa a rede às claras
checks-url-http-loopback = HTTP sem criptografia para { $origin }: serve para testes locais, use https para um servidor real
checks-url-http-allowed = HTTP sem criptografia para { $origin } (--allow-http): o token atravessa a rede às claras
checks-url-http-allowed-consented = HTTP sem criptografia para { $origin }: o token atravessa a rede às claras
checks-url-http-allowed-proxied-consented = HTTP sem criptografia para { $origin } através do proxy { $proxy }: o token atravessa a rede às claras
