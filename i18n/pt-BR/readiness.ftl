readiness-request-failed = { $what }: { $error }
readiness-cannot-manage-webhooks = o usuário do token não pode gerenciar webhooks (GET /webhooks respondeu 401), então a integração não consegue registrar o webhook dela: use o token de um administrador, ou dê a este usuário a função de Administrador em Configurações → Agentes
readiness-cannot-read-conversations = o usuário do token não pode ler as conversas da conta (GET /conversations/meta foi recusado), então a integração não consegue sincronizá-las: use o token de um administrador, ou dê acesso às conversas à função deste usuário em Configurações → Agentes
readiness-operations-ok = { $count ->
    [one] o token pode gerenciar webhooks ({ $count } webhook registrado) e ler conversas
   *[other] o token pode gerenciar webhooks ({ $count } webhooks registrados) e ler conversas
}
readiness-label = "{ $name }" (caixa de entrada { $id })
readiness-label-phone = "{ $name }" ({ $phone }, caixa de entrada { $id })
readiness-inbox-missing = a caixa de entrada { $id }, escolhida para a integração, não é uma caixa de entrada do WhatsApp da conta { $account_id } (foi excluída, ou este usuário não a vê): { $choices }
readiness-choices-none = a conta não tem nenhuma caixa de entrada do WhatsApp que o usuário possa ver
readiness-choices = escolha entre { $list }
readiness-no-whatsapp = não verificado: a conta { $account_id } não tem nenhuma caixa de entrada do WhatsApp
readiness-more-problems = { $more ->
    [one] { $problem } (e mais { $more } problema)
   *[other] { $problem } (e mais { $more } problemas)
}
readiness-ready = { $count ->
    [one] { $count } caixa de entrada do WhatsApp está pronta: { $each }
   *[other] { $count } caixas de entrada do WhatsApp estão prontas: { $each }
}
readiness-disconnected = a caixa de entrada { $label } está desconectada: ela não recebe mensagens novas até ser autorizada novamente no Chatwoot em Configurações → Caixas de Entrada → { $name } → Configuração
readiness-webhook-mismatch = a caixa de entrada { $label } passa para { $provider } a URL de webhook { $callback }/… (a FRONTEND_URL do servidor), não { $host }: as mensagens recebidas do WhatsApp não conseguem chegar; defina FRONTEND_URL como { $origin } no servidor do Chatwoot, reinicie-o e depois atualize a URL de callback em Configurações → Caixas de Entrada → { $name } → Configuração
readiness-health-unavailable = a saúde do número da caixa de entrada { $label } não está disponível: { $why }
readiness-health-admin-only = só o token de um administrador pode lê-la (401)
readiness-health-timeout = o Chatwoot não respondeu em { $secs } s (ele consulta a Graph API da Meta por sua vez); tente novamente mais tarde
readiness-at-risk = o número da caixa de entrada { $label } está em risco: a Meta informa { $said }; veja WhatsApp Manager → Phone numbers para a qualidade e os limites dele
readiness-said-status = status { $status }
readiness-said-quality = qualidade { $quality }
readiness-said-limit = limite de mensagens { $tier }
