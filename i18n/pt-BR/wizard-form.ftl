# O formulário do assistente.

wizard-form-label-url = URL do Chatwoot
wizard-form-label-email = E-mail principal
wizard-form-label-token = Token da API
wizard-form-label-account-id = ID da Conta
wizard-form-label-name = Nome do vínculo
wizard-form-label-inboxes = Caixas

wizard-form-placeholder-url = ex.: https://app.chatwoot.com (→ preenche, para Cloud)
wizard-form-placeholder-email = ex.: admin@example.com
wizard-form-placeholder-token = de Configurações do Perfil → Token de acesso
wizard-form-placeholder-account-id = ex.: 1
wizard-form-placeholder-name = preenchido com o nome da conta
wizard-form-placeholder-token-loading = salvo (lendo…)
wizard-form-placeholder-token-kept = salvo: mantido se você não digitar outro

wizard-form-help-title = Ajuda: { $field }
wizard-form-help-url = O endereço em que você abre o Chatwoot: https://app.chatwoot.com para o Chatwoot Cloud, ou o seu próprio servidor. Colar uma URL do painel (…/app/accounts/7/…) também preenche o ID da Conta.
wizard-form-help-email = O usuário principal: o e-mail de um administrador da conta, a pessoa cujo token de acesso você digita em seguida.
wizard-form-help-token = No Chatwoot: seu avatar → Configurações do Perfil → Token de acesso; copie-o aqui. Ctrl-R o mostra.
wizard-form-help-account-id = O número depois de /app/accounts/ no endereço de qualquer página do painel. Quando o token é verificado, as contas dele são listadas: dígitos filtram, Enter escolhe.
wizard-form-help-name = Um nome curto para este vínculo, como em `chatwoot-link status NOME`. Preenchido com o nome da conta até você editá-lo.
wizard-form-help-token-keyring-unreachable = O chaveiro do sistema não está acessível aqui: a revisão oferece o arquivo de tokens (tokens.toml, 0600) no lugar dele.
wizard-form-help-token-keyring = Ele fica no chaveiro do sistema, nunca em um arquivo de texto puro.
wizard-form-help-token-demo = A demo o guarda no seu próprio arquivo de tokens.
wizard-form-help-token-file = Este vínculo o guarda no arquivo de tokens (tokens.toml, 0600).
wizard-form-help-token-edit = Há um token salvo para este vínculo: deixe o campo vazio para mantê-lo, ou cole um novo para substituí-lo.
wizard-form-help-inboxes = Caixas de Entrada: { $message }
wizard-form-help-redirect-https = { $key } troca a URL para https:// e verifica novamente.
wizard-form-help-insecure-http = { $key } permite HTTP sem criptografia para este vínculo se você aceitar o risco: o token atravessa a rede às claras, então qualquer um no caminho (Wi-Fi, proxy, provedor) pode lê-lo e agir como este administrador.

wizard-form-title-welcome-long = Boas-vindas! Quatro dados, verificados enquanto você digita
wizard-form-title-welcome = Boas-vindas! Vincule uma conta do Chatwoot
wizard-form-title-welcome-short = Boas-vindas!
wizard-form-title-another = Vincule outra conta do Chatwoot
wizard-form-title-add = Adicionar um vínculo
wizard-form-title-edit = Editar { $name }
wizard-form-title-edit-short = Editar

wizard-form-inboxes-counting = contando caixas de entrada…
wizard-form-inboxes-per-account = por conta, na revisão
wizard-form-inboxes-with-account = após o ID da Conta
wizard-form-inboxes-more = (mais: ID da Conta)

wizard-form-name-empty = dê um nome ao vínculo (letras, dígitos, '.', '_', '-')
wizard-form-name-exists = já existe um vínculo chamado { $name }: escolha outro nome
wizard-form-name-bad-character = não serve como nome: só letras ASCII, dígitos, '.', '_', '-'
wizard-form-name-bad-character-example = não serve como nome: só letras ASCII, dígitos, '.', '_', '-'; ex.: { $example }
wizard-form-name-unusable = não serve como nome: { $advice }

wizard-form-several-marked = { $count ->
    [one] { $count } conta marcada: verificada na revisão
   *[other] { $count } contas marcadas: cada uma é verificada na revisão
}
wizard-form-several-names = um por conta, com o nome dela
wizard-form-several-rename = você pode renomeá-los na revisão (n)

wizard-form-accounts-title = Contas que este token acessa
wizard-form-accounts-title-marked = { $count ->
    [one] Contas deste token: { $count } marcada (Space)
   *[other] Contas deste token: { $count } marcadas (Space)
}
wizard-form-accounts-unmatched = Nenhuma conta deste token começa com { $typed }; todas:

wizard-form-inboxes-picker-title = Caixas de entrada do WhatsApp para a integração
wizard-form-inboxes-picker-hint = Space escolhe as caixas de entrada que a integração vai usar (pode não escolher nenhuma).

wizard-form-trust-title = Confiar neste certificado?
wizard-form-trust-unsigned = Nenhuma autoridade em que este computador confia assinou o certificado do servidor.
wizard-form-trust-subject = Titular
wizard-form-trust-issuer = Emissor
wizard-form-trust-valid = Validade
wizard-form-trust-valid-dates = { $from } a { $to }
wizard-form-trust-compare = Compare a impressão digital com a do próprio servidor (openssl x509 -noout -fingerprint -sha256 -in cert.pem): se confiar, é o único certificado que este vínculo aceita.
wizard-form-trust-keys = { $yes } confia nele; { $no } ou { $esc }, não.
wizard-form-trust-issuer-same = o titular (autoassinado)
wizard-form-trust-compare-short = Confira se bate com a impressão digital do servidor.
wizard-form-trust-hint = certificado não confiável: Ctrl-G o mostra para confiar
wizard-form-trust-notice = Confiando no SHA-256 { $fingerprint }… só para este vínculo.

wizard-form-notice-account-from-url = ID da Conta { $id } tirado da URL colada (era { $typed }).
wizard-form-notice-waiting = aguardando as verificações…
wizard-form-notice-reveal = Ctrl-R mostra o token quando o campo dele está em foco.
wizard-form-notice-token-page = Ctrl-B funciona depois que a URL é verificada.
wizard-form-notice-http-allowed = HTTP sem criptografia permitido para este vínculo: o token atravessa a rede às claras.
wizard-form-notice-fix-inboxes = Corrija as caixas de entrada primeiro.
wizard-form-notice-fix-field = Corrija { $field } primeiro.

