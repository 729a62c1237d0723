# Por que um token digitado ou colado não pode ser um token do Chatwoot (src/secret.rs).
secret-token-empty = o token está vazio: copie-o em Configurações do Perfil → Token de acesso
secret-token-spaces = o token contém espaços: copie-o novamente em Configurações do Perfil → Token de acesso
secret-token-too-short = o token é curto demais ({ $count ->
    [one] { $count } caractere
   *[other] { $count } caracteres
}; tokens do Chatwoot têm 24): copie-o novamente em Configurações do Perfil → Token de acesso
secret-token-too-long = o token é longo demais ({ $count ->
    [one] { $count } caractere
   *[other] { $count } caracteres
}; tokens do Chatwoot têm 24): copie-o novamente em Configurações do Perfil → Token de acesso
secret-token-control = o token contém caracteres de controle: copie-o novamente em Configurações do Perfil → Token de acesso
