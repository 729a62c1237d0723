wizard-checks-remedy-trust-cert = pressione Ctrl-G para vê-lo e confiar nele
wizard-checks-remedy-trust-new-cert = confie no novo com `chatwoot-link edit <profile> --ca-cert FILE`
wizard-checks-remedy-more-time = pressione Ctrl-L para verificar novamente se o servidor só estiver lento
wizard-checks-remedy-use-url = digite { $url } como URL
wizard-checks-remedy-use-url-http = digite { $url } como URL e depois Ctrl-O
wizard-checks-remedy-allow-http = pressione Ctrl-O se você aceitar isso
wizard-checks-insecure-http = HTTP sem criptografia expõe o token: use https, ou Ctrl-O
